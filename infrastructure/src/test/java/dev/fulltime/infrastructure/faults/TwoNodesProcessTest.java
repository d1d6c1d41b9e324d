package dev.fulltime.infrastructure.faults;

import static dev.fulltime.infrastructure.support.MatchApi.fact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.admin.ProjectionsApi;
import dev.fulltime.infrastructure.faults.FactStream.Target;
import dev.fulltime.infrastructure.live.LiveStreamClient;
import dev.fulltime.infrastructure.live.LiveStreamClient.OpenStream;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
import dev.fulltime.infrastructure.support.AppProcess;
import dev.fulltime.infrastructure.support.MatchApi;
import dev.fulltime.infrastructure.support.PostgresTestStores;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two nodes, each a JVM of its own, on one fresh PostgreSQL database: they share every processor's segments, one
 * append wins per version of a match whichever node takes it, a stream on one node hears of a goal taken by the
 * other, and when one node is killed with SIGKILL in the middle of a burst the other takes over its segments, loses
 * no acknowledged fact and applies none twice. The kill comes last, as it leaves one node.
 */
@EnabledIfSystemProperty(named = PostgresTestStores.SERVER, matches = ".+")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class TwoNodesProcessTest {

    /** The postgres profile splits each processor's events into 16 segments. */
    private static final int SEGMENTS = 16;
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final int RACERS = 4;

    private final ExecutorService racers = Executors.newFixedThreadPool(RACERS);
    private AppProcess nodeA;
    private AppProcess nodeB;

    @BeforeAll
    void startTwoNodes() {
        String[] store = {"--spring.profiles.active=test,postgres",
                "--spring.datasource.url=" + PostgresTestStores.freshDatabase(),
                "--spring.datasource.username=" + PostgresTestStores.user(),
                "--spring.datasource.password=" + PostgresTestStores.password()};
        nodeA = AppProcess.start("node-a", store);
        nodeB = AppProcess.start("node-b", store);
    }

    @AfterAll
    void stopTheNodes() {
        racers.shutdownNow();
        nodeA.close();
        nodeB.close();
    }

    @Test
    @Order(1)
    void eachNodeTakesItsShareOfEveryProcessorsSegments() {
        await().atMost(PATIENCE).untilAsserted(() -> {
            Map<String, Set<Integer>> onA = segments(nodeA);
            Map<String, Set<Integer>> onB = segments(nodeB);
            assertThat(onA.keySet()).isNotEmpty().isEqualTo(onB.keySet());
            onA.forEach((processor, segmentsOfA) -> {
                Set<Integer> segmentsOfB = onB.get(processor);
                assertThat(segmentsOfA).as("%s on node A", processor).hasSize(SEGMENTS / 2);
                assertThat(segmentsOfB).as("%s on node B", processor).hasSize(SEGMENTS / 2)
                        .doesNotContainAnyElementsOf(segmentsOfA);
            });
        });
    }

    @Test
    @Order(2)
    void oneAppendWinsPerVersionWhicheverNodeTakesIt() {
        MatchApi matches = new MatchApi(nodeA.api());
        String matchId = kickedOff(matches, "versions");
        for (int round = 0; round < 8; round++) {
            long version = matches.version(matchId);
            List<Answer> answers = race(i -> node(i).api().post("/api/matches/" + matchId + "/events", goal(),
                    Map.of("If-Match", "\"" + version + "\"")));

            assertThat(answers).as("round %d at version %d", round, version)
                    .filteredOn(answer -> answer.status() == 201).hasSize(1);
            assertThat(answers).filteredOn(answer -> answer.status() != 201).hasSize(RACERS - 1)
                    .allSatisfy(answer -> {
                        assertThat(answer.status()).isEqualTo(409);
                        assertThat(answer.contentType()).startsWith(ProjectionsApi.PROBLEM_JSON);
                    });
        }
        assertThat(matches.version(matchId)).isEqualTo(1 + 8);
    }

    @Test
    @Order(3)
    void appendsWithoutAVersionAreNeitherLostNorDoubled() {
        MatchApi matches = new MatchApi(nodeB.api());
        String matchId = kickedOff(matches, "no-version");
        Map<String, Integer> answered = new HashMap<>();
        for (int round = 0; round < 8; round++) {
            List<String> eventIds = IntStream.range(0, RACERS).mapToObj(i -> UUID.randomUUID().toString()).toList();
            List<Answer> answers = race(i -> node(i).api().post("/api/matches/" + matchId + "/events",
                    goal(eventIds.get(i))));
            for (int i = 0; i < RACERS; i++) {
                answered.put(eventIds.get(i), answers.get(i).status());
            }
        }

        assertThat(answered.values()).as("201, or 409 when the node could not get its turn; never a 5xx")
                .allMatch(status -> status == 201 || status == 409).contains(201);
        Set<String> accepted = answered.entrySet().stream().filter(e -> e.getValue() == 201)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        List<String> stored = new ArrayList<>();
        matches.log(matchId).path("events").forEach(event -> {
            if ("GOAL".equals(event.path("type").asText())) {
                stored.add(event.path("eventId").asText());
            }
        });
        assertThat(stored).as("every accepted goal stored once, no other").containsExactlyInAnyOrderElementsOf(accepted);
    }

    @Test
    @Order(4)
    void aStreamOnOneNodeHearsOfAGoalTakenByTheOther() {
        MatchApi onA = new MatchApi(nodeA.api());
        LiveStreamClient onB = new LiveStreamClient(nodeB.port());
        List<String> matchIds = IntStream.range(0, 6).mapToObj(i -> kickedOff(onA, "live-" + i)).toList();
        matchIds.forEach(matchId -> await().atMost(PATIENCE).until(() ->
                nodeB.api().get("/api/matches/" + matchId).body().path("version").asLong(-1) == 1));
        List<OpenStream> streams = matchIds.stream()
                .map(matchId -> onB.open("/api/matches/" + matchId + "/stream")).toList();
        try {
            streams.forEach(stream -> assertThat(stream.status()).isEqualTo(200));
            streams.forEach(stream -> await().atMost(PATIENCE)
                    .until(() -> stream.events().stream().anyMatch(event -> event.id() == 1)));

            matchIds.forEach(matchId -> onA.recordOk(matchId, goal()));

            streams.forEach(stream -> await().atMost(PATIENCE).until(() -> stream.events().stream()
                    .anyMatch(event -> event.id() == 2
                            && event.data().path("scoreboard").path("score").path("home").asInt() == 1)));
        } finally {
            streams.forEach(OpenStream::close);
        }
    }

    @Test
    @Order(5)
    void theSurvivorOfAKillInTheMiddleOfABurstTakesOverAndLosesNothing() {
        MatchApi onB = new MatchApi(nodeB.api());
        List<String> matchIds = IntStream.range(0, 6).mapToObj(i -> kickedOff(onB, "burst-" + i)).toList();
        AtomicReference<Target> toA = new AtomicReference<>(new Target(1, nodeA.api()));
        Target toB = new Target(1, nodeB.api());
        FactStream throughA = new FactStream(toA::get, matchIds, 150);
        FactStream throughB = new FactStream(() -> toB, matchIds, 150);
        CompletableFuture<Void> burst = CompletableFuture.allOf(CompletableFuture.runAsync(throughA, racers),
                CompletableFuture.runAsync(throughB, racers));

        await().atMost(PATIENCE).until(() -> throughA.acknowledgedCount() >= 40);
        nodeA.kill();
        toA.set(new Target(2, nodeB.api()));
        await().atMost(Duration.ofMinutes(10)).until(burst::isDone);
        burst.join();

        assertThat(throughA.refused()).as("answers through A other than 201")
                .allSatisfy((answer, times) -> assertThat(answer).startsWith("409"));
        assertThat(throughB.refused()).as("answers through B other than 201")
                .allSatisfy((answer, times) -> assertThat(answer).startsWith("409"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(segments(nodeB))
                .allSatisfy((processor, owned) -> assertThat(owned).as(processor).hasSize(SEGMENTS)));
        FactStream.assertStoredExactlyOnce(onB, matchIds, List.of(throughA, throughB));
        ReadModels.assertCaughtUpAndAsRebuilt(nodeB.api(), matchIds);
    }

    private AppProcess node(int racer) {
        return racer % 2 == 0 ? nodeA : nodeB;
    }

    /** Each racer's request sent at the same moment, each on a thread of its own; its answer at its index. */
    private List<Answer> race(IntFunction<Answer> request) {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Answer>> answers = IntStream.range(0, RACERS)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    return request.apply(i);
                }, racers))
                .toList();
        start.countDown();
        return answers.stream().map(CompletableFuture::join).toList();
    }

    private static String kickedOff(MatchApi matches, String matchId) {
        String id = matches.create(Map.of("matchId", matchId, "homeTeam", "Home", "awayTeam", "Away"));
        matches.kickOff(id);
        return id;
    }

    private static Map<String, Object> goal() {
        return goal(UUID.randomUUID().toString());
    }

    private static Map<String, Object> goal(String eventId) {
        return fact("GOAL", "eventId", eventId, "team", "Home", "player", "Scorer", "minute", "10", "kind", "REGULAR");
    }

    /** The segments each processor has claimed on this node. */
    private static Map<String, Set<Integer>> segments(AppProcess node) {
        JsonNode status = new ProjectionsApi(node.api()).status();
        Map<String, Set<Integer>> segments = new HashMap<>();
        status.path("processors").forEach(processor -> {
            Set<Integer> owned = new TreeSet<>();
            processor.path("segments").forEach(segment -> owned.add(segment.path("segment").asInt()));
            segments.put(processor.path("name").asText(), owned);
        });
        return segments;
    }
}
