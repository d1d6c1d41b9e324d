package dev.fulltime.infrastructure.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/** The match endpoints as a test speaks to them: create, record, and wait for the read models to catch up. */
public final class MatchApi {

    private final ApiClient api;

    public MatchApi(ApiClient api) {
        this.api = api;
    }

    public ApiClient client() {
        return api;
    }

    public String create(String home, String away) {
        return create(Map.of("homeTeam", home, "awayTeam", away));
    }

    public String create(Map<String, ?> body) {
        Answer answer = api.post("/api/matches", body);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return answer.body().get("matchId").asText();
    }

    public Answer record(String matchId, Map<String, ?> fact) {
        return api.post("/api/matches/" + matchId + "/events", fact);
    }

    /** Records a fact that must be accepted and returns its eventId. */
    public String recordOk(String matchId, Map<String, ?> fact) {
        Answer answer = record(matchId, fact);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return answer.body().get("eventId").asText();
    }

    public String kickOff(String matchId) {
        return recordOk(matchId, fact("PERIOD_STARTED", "period", "FIRST_HALF"));
    }

    public String goal(String matchId, String team, String player, String minute) {
        return recordOk(matchId, fact("GOAL", "team", team, "player", player, "minute", minute, "kind", "REGULAR"));
    }

    /** The scoreboard once its read model has caught up with {@code version}. */
    public JsonNode scoreboardAt(String matchId, long version) {
        return awaitBody("/api/matches/" + matchId, body -> body.path("version").asLong(-1) >= version);
    }

    public JsonNode timelineAt(String matchId, long version) {
        return awaitBody("/api/matches/" + matchId + "/timeline", body -> body.path("version").asLong(-1) >= version);
    }

    public long version(String matchId) {
        return log(matchId).path("events").size() - 1L;
    }

    public JsonNode log(String matchId) {
        Answer answer = api.get("/api/matches/" + matchId + "/events");
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    public JsonNode awaitBody(String path, Predicate<JsonNode> ready) {
        JsonNode[] latest = new JsonNode[1];
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            Answer answer = api.get(path);
            latest[0] = answer.body();
            return answer.status() == 200 && ready.test(answer.body());
        });
        return latest[0];
    }

    /** A fact's JSON body from its type and alternating field names and values. */
    public static Map<String, Object> fact(String type, Object... fieldsAndValues) {
        Map<String, Object> fact = new LinkedHashMap<>();
        fact.put("type", type);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            fact.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return fact;
    }
}
