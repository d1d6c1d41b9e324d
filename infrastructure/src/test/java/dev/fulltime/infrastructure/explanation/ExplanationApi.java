package dev.fulltime.infrastructure.explanation;

import static dev.fulltime.infrastructure.support.MatchApi.fact;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
import dev.fulltime.infrastructure.support.MatchApi;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Competitions, ties and legs created over HTTP as the seed story creates them, facts recorded as a scorer sends
 * them, and explanations read back. Explanations read the event store, so they need no waiting.
 */
final class ExplanationApi {

    private final ApiClient api;
    private final MatchApi matches;

    ExplanationApi(int port) {
        this.api = new ApiClient(port);
        this.matches = new MatchApi(api);
    }

    MatchApi matches() {
        return matches;
    }

    /** A UEFA Champions League season under UEFA's rules for it: no rules given, the preset applies. */
    String championsLeague(String season) {
        return created(api.post("/api/competitions", Map.of("name", "UEFA Champions League", "season", season)),
                "competitionId");
    }

    String tie(String competitionId, String round, String teamA, String teamB, int legs) {
        return created(api.post("/api/ties", Map.of("competitionId", competitionId, "round", round, "teamA", teamA,
                "teamB", teamB, "legs", legs)), "tieId");
    }

    String leg(String tieId, int leg, String home, String away, String kickoffAt, String venue) {
        return matches.create(Map.of("tieId", tieId, "leg", leg, "homeTeam", home, "awayTeam", away,
                "kickoffAt", kickoffAt, "venue", venue));
    }

    String start(String matchId, String period) {
        return matches.recordOk(matchId, fact("PERIOD_STARTED", "period", period));
    }

    String end(String matchId, String period) {
        return matches.recordOk(matchId, fact("PERIOD_ENDED", "period", period));
    }

    String finalWhistle(String matchId) {
        return matches.recordOk(matchId, fact("MATCH_ENDED"));
    }

    Answer get(String path) {
        return api.get(path);
    }

    JsonNode matchExplanation(String matchId) {
        return ok(api.get("/api/matches/" + matchId + "/explanation"));
    }

    JsonNode tieExplanation(String tieId) {
        return ok(api.get("/api/ties/" + tieId + "/explanation"));
    }

    /** Who recorded an event of the match's log and when, as an explanation writes it: "by … at …". */
    String recordedByAndAt(String matchId, String eventId) {
        JsonNode event = stream(matches.log(matchId).path("events"))
                .filter(logged -> logged.path("eventId").asText().equals(eventId))
                .findFirst().orElseThrow();
        return "by " + event.path("recordedBy").asText() + " at "
                + Instant.parse(event.path("recordedAt").asText()).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The step about a fact: the one that cites it first. */
    static JsonNode stepAbout(JsonNode explanation, String eventId) {
        return steps(explanation)
                .filter(step -> step.path("eventIds").path(0).asText().equals(eventId))
                .findFirst().orElseThrow(() -> new AssertionError("no step about " + eventId + " in "
                        + explanation.toPrettyString()));
    }

    static Stream<JsonNode> steps(JsonNode explanation) {
        return stream(explanation.path("steps"));
    }

    static List<String> ids(JsonNode step) {
        return stream(step.path("eventIds")).map(JsonNode::asText).toList();
    }

    static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        return answer.body();
    }

    private static String created(Answer answer, String idField) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(201);
        return answer.body().get(idField).asText();
    }
}
