package dev.fulltime.infrastructure.importer.openfootball;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.awaitility.core.ThrowingRunnable;

/** The import endpoint and the reads a test of it needs, waiting for the read models where they lag. */
final class ImportApi {

    static final String PATH = "/api/imports/openfootball";
    private static final String TEXT = "text/plain; charset=UTF-8";
    private static final Duration READ_MODELS_CATCH_UP = Duration.ofSeconds(90);

    private final ApiClient api;

    ImportApi(ApiClient api) {
        this.api = api;
    }

    ApiClient client() {
        return api;
    }

    Answer post(String file) {
        return api.postRaw(PATH, file, TEXT, Map.of());
    }

    /** Imports a file that must be accepted; the answer's body. */
    JsonNode importOk(String file) {
        Answer answer = post(file);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        String competitionId = answer.body().path("competitionId").asText();
        assertThat(answer.header("Location")).isEqualTo("/api/competitions/" + competitionId);
        return answer.body();
    }

    /** The competition's ties once there are {@code count} of them and every one is decided. */
    List<JsonNode> decidedTies(String competitionId, int count) {
        return ties(competitionId, ties -> {
            assertThat(ties).hasSize(count);
            assertThat(ties).allSatisfy(tie -> assertThat(tie.path("status").asText()).isEqualTo("DECIDED"));
        });
    }

    /** The competition's ties once {@code expectations} hold of them. */
    List<JsonNode> ties(String competitionId, Consumer<List<JsonNode>> expectations) {
        return awaitList("/api/competitions/" + competitionId + "/ties", "ties", expectations);
    }

    /** The ids of the competition's matches, once all {@code count} are listed. */
    List<String> matchIds(String competitionId, int count) {
        return awaitList("/api/matches?competitionId=" + competitionId, "matches",
                matches -> assertThat(matches).hasSize(count))
                .stream().map(match -> match.path("matchId").asText()).toList();
    }

    /** How many events each match's log holds, read from the event store itself. */
    Map<String, Integer> eventCounts(List<String> matchIds) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String matchId : matchIds) {
            counts.put(matchId, events(matchId).body().path("events").size());
        }
        return counts;
    }

    Answer events(String matchId) {
        return api.get("/api/matches/" + matchId + "/events");
    }

    JsonNode timeline(String matchId) {
        Answer answer = api.get("/api/matches/" + matchId + "/timeline");
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    /** Runs {@code expectations} until they hold, as the read models catch up. */
    void eventually(ThrowingRunnable expectations) {
        await().atMost(READ_MODELS_CATCH_UP).pollInterval(Duration.ofMillis(200)).untilAsserted(expectations);
    }

    private List<JsonNode> awaitList(String path, String field, Consumer<List<JsonNode>> expectations) {
        List<JsonNode> latest = new ArrayList<>();
        eventually(() -> {
            Answer answer = api.get(path);
            assertThat(answer.status()).as(path + " answered " + answer.body()).isEqualTo(200);
            latest.clear();
            answer.body().path(field).forEach(latest::add);
            expectations.accept(List.copyOf(latest));
        });
        return List.copyOf(latest);
    }
}
