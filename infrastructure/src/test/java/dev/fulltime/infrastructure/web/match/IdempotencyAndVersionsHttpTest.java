package dev.fulltime.infrastructure.web.match;

import static dev.fulltime.infrastructure.support.MatchApi.fact;
import static dev.fulltime.infrastructure.web.match.Problems.assertProblem;
import static dev.fulltime.infrastructure.web.match.Problems.storedEvents;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import dev.fulltime.infrastructure.support.MatchApi;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A fact sent again under its {@code eventId} is stored once and answered as the first time; {@code If-Match} makes
 * an append conditional on the stream's version.
 */
@FulltimeHttpTest
class IdempotencyAndVersionsHttpTest {

    private static final String HOME = "Liverpool FC";
    private static final String AWAY = "Real Madrid";

    @LocalServerPort
    private int port;

    private ApiClient api;
    private MatchApi matches;
    private String matchId;

    /** A match kicked off: the stream holds MatchScheduled (0) and the kick-off (1), so its version is 1. */
    @BeforeEach
    void kickOff() {
        api = new ApiClient(port);
        matches = new MatchApi(api);
        matchId = matches.create(HOME, AWAY);
        matches.kickOff(matchId);
        assertThat(matches.version(matchId)).isEqualTo(1);
    }

    @Test
    void theSameEventIdTwiceStoresOneEventAndRepeatsTheFirstAnswer() {
        Map<String, Object> goal = goal(UUID.randomUUID());

        Answer first = record(goal, null);
        Answer second = record(goal, null);

        assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
        assertThat(second.status()).as(second.body().toString()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(first.body().path("eventId").asText()).isEqualTo(goal.get("eventId").toString());
        assertThat(first.body().path("sequence").asLong()).isEqualTo(2);
        assertThat(first.body().path("version").asLong()).isEqualTo(2);
        assertThat(storedEvents(api, matchId)).isEqualTo(3);
        assertThat(timesLogged(goal.get("eventId").toString())).isEqualTo(1);
    }

    @Test
    void aRepeatAfterLaterFactsStillAnswersAsTheFirstTime() {
        Map<String, Object> goal = goal(UUID.randomUUID());
        Answer first = record(goal, null);
        matches.recordOk(matchId, fact("CARD", "team", AWAY, "player", "Valverde", "minute", "20", "card", "YELLOW"));

        Answer repeat = record(goal, null);

        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(storedEvents(api, matchId)).isEqualTo(4);
        assertThat(timesLogged(goal.get("eventId").toString())).isEqualTo(1);
    }

    @Test
    void aStaleIfMatchIsAConflictAndStoresNothing() {
        Answer answer = record(goal(UUID.randomUUID()), "\"0\"");

        JsonNode problem = assertProblem(answer, 409);
        assertThat(problem.path("detail").asText()).contains("version");
        assertThat(storedEvents(api, matchId)).isEqualTo(2);
    }

    @Test
    void aCurrentIfMatchAppends() {
        Answer answer = record(goal(UUID.randomUUID()), "\"1\"");

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        assertThat(answer.body().path("version").asLong()).isEqualTo(2);
        assertThat(answer.header("ETag")).isEqualTo("\"2\"");
        assertThat(storedEvents(api, matchId)).isEqualTo(3);
    }

    @ParameterizedTest(name = "If-Match: {0}")
    @ValueSource(strings = {"abc", "\"-1\"", "W/", "W/\"1\"", "\"1", "\"1\", \"2\""})
    void aGarbageIfMatchIsMalformedAndStoresNothing(String ifMatch) {
        Answer answer = record(goal(UUID.randomUUID()), ifMatch);

        JsonNode problem = assertProblem(answer, 400);
        assertThat(problem.path("detail").asText()).contains("If-Match");
        assertThat(storedEvents(api, matchId)).isEqualTo(2);
    }

    @Test
    void aRetryWithAStaleIfMatchOfAFactAlreadyStoredRepeatsTheFirstAnswer() {
        Map<String, Object> goal = goal(UUID.randomUUID());
        Answer first = record(goal, "\"1\"");
        assertThat(first.status()).as(first.body().toString()).isEqualTo(201);

        Answer retry = record(goal, "\"1\"");

        assertThat(retry.status()).as(retry.body().toString()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(storedEvents(api, matchId)).isEqualTo(3);
    }

    private Answer record(Map<String, Object> fact, String ifMatch) {
        Map<String, String> headers = ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch);
        return api.post("/api/matches/" + matchId + "/events", fact, headers);
    }

    private static Map<String, Object> goal(UUID eventId) {
        return fact("GOAL", "eventId", eventId.toString(), "team", HOME, "player", "Salah", "minute", "10",
                "kind", "REGULAR");
    }

    private long timesLogged(String eventId) {
        return StreamSupport.stream(matches.log(matchId).path("events").spliterator(), false)
                .filter(event -> event.path("eventId").asText().equals(eventId))
                .count();
    }
}
