package dev.fulltime.infrastructure.faults;

import static dev.fulltime.infrastructure.support.MatchApi.fact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
import dev.fulltime.infrastructure.support.MatchApi;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A client streaming goals, each with an eventId of its own, round the given matches to whichever node
 * {@code target} names. A fact that gets no answer (its node died) waits for the next node; then every other such
 * fact is sent again with the same eventId, the rest left unanswered: those may or may not be stored, never twice.
 */
final class FactStream implements Runnable {

    /** A node to write to; a new generation replaces a node that died. */
    record Target(int generation, ApiClient api) {
    }

    private static final Duration NEXT_NODE = Duration.ofMinutes(4);

    private final Supplier<Target> target;
    private final List<String> matchIds;
    private final int facts;
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Set<String> unanswered = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> refused = new ConcurrentHashMap<>();

    FactStream(Supplier<Target> target, List<String> matchIds, int facts) {
        this.target = target;
        this.matchIds = matchIds;
        this.facts = facts;
    }

    @Override
    public void run() {
        for (int i = 0; i < facts; i++) {
            send(matchIds.get(i % matchIds.size()), UUID.randomUUID().toString(), i % 2 == 0);
        }
    }

    private void send(String matchId, String eventId, boolean retried) {
        while (true) {
            Target node = target.get();
            try {
                Answer answer = node.api().post("/api/matches/" + matchId + "/events", fact("GOAL",
                        "eventId", eventId, "team", "Home", "player", "Scorer", "minute", "10", "kind", "REGULAR"));
                if (answer.status() == 201) {
                    acknowledged.add(eventId);
                } else {
                    refused.computeIfAbsent(answer.status() + " " + answer.body().path("detail").asText(),
                            status -> new AtomicInteger()).incrementAndGet();
                }
                return;
            } catch (UncheckedIOException noAnswer) {
                await().atMost(NEXT_NODE).until(() -> target.get().generation() > node.generation());
                if (!retried) {
                    unanswered.add(eventId);
                    return;
                }
            }
        }
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    /** Answers other than 201, by status and detail: a conflict the node could not resolve, never a 5xx. */
    Map<String, Integer> refused() {
        return refused.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
    }

    /**
     * Every acknowledged fact is in its match's log exactly once, an unanswered one at most once, and the logs hold
     * no goal this stream did not send.
     */
    static void assertStoredExactlyOnce(MatchApi matches, List<String> matchIds, List<FactStream> streams) {
        Map<String, Long> stored = matchIds.stream()
                .flatMap(matchId -> toList(matches.log(matchId).path("events")).stream())
                .filter(event -> "GOAL".equals(event.path("type").asText()))
                .collect(Collectors.groupingBy(event -> event.path("eventId").asText(), Collectors.counting()));
        Set<String> acknowledged = streams.stream().flatMap(s -> s.acknowledged.stream()).collect(Collectors.toSet());
        Set<String> unanswered = streams.stream().flatMap(s -> s.unanswered.stream()).collect(Collectors.toSet());
        assertThat(stored).as("no fact stored twice").allSatisfy((eventId, times) -> assertThat(times).isOne());
        assertThat(stored.keySet()).as("every acknowledged fact stored").containsAll(acknowledged);
        assertThat(acknowledged).as("the facts sent").isNotEmpty();
        Set<String> sent = new HashSet<>(acknowledged);
        sent.addAll(unanswered);
        assertThat(sent).as("no fact stored that was not sent").containsAll(stored.keySet());
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }
}
