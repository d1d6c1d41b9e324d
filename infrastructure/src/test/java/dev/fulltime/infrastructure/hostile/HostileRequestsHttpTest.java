package dev.fulltime.infrastructure.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.application.admin.ProjectionMonitor;
import dev.fulltime.infrastructure.hostile.HostileHttp.Reply;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import dev.fulltime.infrastructure.support.MatchApi;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * More than a thousand generated malformed and hostile requests against every write endpoint, on one running app:
 * none is answered with a server error; every refusal is {@code application/problem+json} whose {@code status} is
 * the HTTP status, with a title and a detail; and a refused request leaves the event store and the read models as
 * they were ({@link StoreState}). Each case names the statuses it may get. The count of cases of each kind is printed.
 */
@FulltimeHttpTest
class HostileRequestsHttpTest {

    private static final int AT_LEAST = 1_000;
    private static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ProjectionMonitor projections;

    /** The store as the last refused request left it; {@code null} after any other. */
    private StoreState lastState;

    @TestFactory
    Stream<DynamicContainer> noHostileRequestBreaksTheServerOrStoresAnything() {
        Fixture fixture = Fixture.create(new ApiClient(port));
        Map<String, List<HostileRequest>> byKind = Stream.<Function<Fixture, Stream<HostileRequest>>>of(
                        WrongJsonTypes::cases, MissingFields::cases, UnknownFields::cases, UnknownEnumValues::cases,
                        MalformedMinutes::cases, OversizedBodies::cases, DeepNesting::cases, InvalidUtf8::cases,
                        BrokenJson::cases, BodiesAndContentTypes::cases, InjectionFragments::cases,
                        MalformedPathIds::cases, GarbageIfMatch::cases, WrongMethods::cases, HttpFraming::cases,
                        ScorerAssignments::cases)
                .flatMap(generator -> generator.apply(fixture))
                .collect(Collectors.groupingBy(HostileRequest::kind, LinkedHashMap::new, Collectors.toList()));
        int total = byKind.values().stream().mapToInt(List::size).sum();
        byKind.forEach((kind, cases) -> System.out.printf("hostile requests: %5d %s%n", cases.size(), kind));
        System.out.printf("hostile requests: %5d in all%n", total);
        assertThat(total).as("hostile requests generated").isGreaterThanOrEqualTo(AT_LEAST);

        HostileHttp http = new HostileHttp(port);
        return byKind.entrySet().stream().map(kind -> DynamicContainer.dynamicContainer(
                kind.getKey() + " (" + kind.getValue().size() + ")",
                kind.getValue().stream().map(request -> DynamicTest.dynamicTest(request.toString(),
                        () -> refusedSafely(http, request)))));
    }

    /** The limit is not one byte too strict: a body of exactly {@value OversizedBodies#JSON_LIMIT} bytes is read. */
    @Test
    void aBodyOfExactlyTheLimitIsRead() {
        ApiClient api = new ApiClient(port);
        String matchId = new MatchApi(api).create("Liverpool FC", "Real Madrid");
        String fact = "{\"type\": \"PERIOD_STARTED\", \"period\": \"FIRST_HALF\"}";
        String padded = fact.charAt(0) + " ".repeat(OversizedBodies.JSON_LIMIT - fact.length()) + fact.substring(1);

        Reply reply = new HostileHttp(port).send(HostileRequest.post("limit", "exactly the limit",
                Fixture.eventsOf(matchId)).body(padded));

        assertThat(padded).hasSize(OversizedBodies.JSON_LIMIT);
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
    }

    private void refusedSafely(HostileHttp http, HostileRequest request) {
        StoreState before = settledState();
        lastState = null;
        Reply reply = http.send(request);
        String answer = request + " → " + reply;

        assertThat(reply.status()).as("never a server error: %s", answer).isLessThan(500);
        assertThat(request.expected()).as("status of %s", answer).contains(reply.status());
        if (reply.status() >= 400) {
            assertProblem(reply, answer);
            if (request.named() != null) {
                assertThat(JsonTarget.parse(reply.body()).path("detail").asText()).as("detail of %s", answer)
                        .contains(request.named());
            }
            StoreState after = StoreState.of(jdbc);
            assertThat(after).as("nothing stored on %s", answer).isEqualTo(before);
            lastState = after;
        }
    }

    private static void assertProblem(Reply reply, String answer) {
        assertThat(reply.contentType()).as("Content-Type of %s", answer).startsWith(PROBLEM_JSON);
        JsonNode problem = JsonTarget.parse(reply.body());
        assertThat(problem.path("status").asInt()).as("status in %s", answer).isEqualTo(reply.status());
        assertThat(problem.path("title").asText()).as("title in %s", answer).isNotBlank();
        assertThat(problem.path("detail").asText()).as("detail in %s", answer).isNotBlank();
    }

    /**
     * The store as the last refused request left it or, after an accepted one, once every read model has caught up
     * with what it stored and stays as it is.
     */
    private StoreState settledState() {
        if (lastState != null) {
            return lastState;
        }
        AtomicReference<StoreState> seen = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> {
            boolean caughtUp = projections.status().processors().stream()
                    .allMatch(processor -> processor.caughtUp() && !processor.replaying());
            StoreState now = StoreState.of(jdbc);
            return caughtUp && now.equals(seen.getAndSet(now));
        });
        return seen.get();
    }
}
