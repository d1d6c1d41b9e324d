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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests the API cannot read: {@code 400} problem+json whose detail names what is wrong, never a server error, and
 * nothing stored. Requests about a match that does not exist: {@code 404} problem+json.
 */
@FulltimeHttpTest
class MalformedRequestsHttpTest {

    private static final String HOME = "Liverpool FC";
    private static final String AWAY = "Real Madrid";
    private static final String JSON = "application/json";

    @LocalServerPort
    private int port;

    private ApiClient api;
    private MatchApi matches;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        matches = new MatchApi(api);
    }

    /**
     * Each body is JSON written with single quotes (or not JSON at all), {@code <home>} standing for the home team;
     * {@code named} must appear in the refusal's detail.
     */
    static Stream<Malformed> malformedFacts() {
        return Stream.of(
                inPlay("a body that is not JSON", "the home side scored", "JSON"),
                inPlay("a body cut short", "{'type': 'GOAL', 'team': ", "JSON"),
                inPlay("a JSON array instead of an object", "[{'type': 'MATCH_ENDED'}]", "JSON"),
                inPlay("an unknown field", "{'type': 'GOAL', 'team': '<home>', 'minute': '10', 'colour': 'red'}",
                        "colour"),
                inPlay("an unknown type", "{'type': 'FREE_KICK'}", "type"),
                inPlay("a type that is not a fact one may send", "{'type': 'MATCH_SCHEDULED'}", "type"),
                inPlay("a missing type", "{'team': '<home>', 'minute': '10'}", "type"),
                inPlay("a GOAL without team", "{'type': 'GOAL', 'player': 'Salah', 'minute': '10'}", "team"),
                inPlay("a CARD without card", "{'type': 'CARD', 'team': '<home>', 'player': 'Fabinho', 'minute': '10'}",
                        "card"),
                inPlay("a card on a GOAL", "{'type': 'GOAL', 'team': '<home>', 'minute': '10', 'card': 'RED'}",
                        "card"),
                inPlay("a team on a MATCH_ENDED", "{'type': 'MATCH_ENDED', 'team': '<home>'}", "team"),
                inPlay("a minute on a PERIOD_ENDED", "{'type': 'PERIOD_ENDED', 'period': 'FIRST_HALF', 'minute': '45'}",
                        "minute"),
                inPlay("minute 45+-1", goalAt("45+-1"), "minute"),
                inPlay("minute 999", goalAt("999"), "minute"),
                inPlay("minute +3", goalAt("+3"), "minute"),
                inPlay("minute 46+1", goalAt("46+1"), "minute"),
                inPlay("minute abc", goalAt("abc"), "minute"),
                inPlay("minute 45+0", goalAt("45+0"), "minute"),
                inPlay("an eventId that is not a UUID",
                        "{'type': 'GOAL', 'team': '<home>', 'minute': '10', 'eventId': 'goal-1'}", "eventId"),
                inPlay("a period that does not exist", "{'type': 'PERIOD_ENDED', 'period': 'THIRD_HALF'}", "period"),
                inPlay("a card colour that does not exist",
                        "{'type': 'CARD', 'team': '<home>', 'player': 'Fabinho', 'minute': '10', 'card': 'GREEN'}",
                        "card"),
                inPlay("a goalEventId that is not an identifier",
                        "{'type': 'GOAL_DISALLOWED', 'goalEventId': 'not an id!'}", "goalEventId"),
                inPlay("team as a number", "{'type': 'GOAL', 'team': 7, 'minute': '10'}", "team"),
                inPlay("team as an object", "{'type': 'GOAL', 'team': {'name': '<home>'}, 'minute': '10'}", "team"),
                inPlay("team as an array", "{'type': 'GOAL', 'team': ['<home>'], 'minute': '10'}", "team"),
                inShootout("scored as the string 'yes'", "{'type': 'SHOOTOUT_KICK', 'team': '<home>', 'scored': 'yes'}",
                        "scored"),
                inShootout("scored as the string 'true'",
                        "{'type': 'SHOOTOUT_KICK', 'team': '<home>', 'scored': 'true'}", "scored"),
                inShootout("a negative shoot-out tally",
                        "{'type': 'SHOOTOUT_TALLY', 'penalties': {'home': -1, 'away': 3}}", "penalties"),
                inShootout("scored as a number", "{'type': 'SHOOTOUT_KICK', 'team': '<home>', 'scored': 1}",
                        "scored"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFacts")
    void aMalformedFactIsRefusedAndStoresNothing(Malformed malformed) {
        String matchId = matches.create(HOME, AWAY);
        matches.kickOff(matchId);
        if (malformed.inShootout()) {
            Stream.of(ended("FIRST_HALF"), started("SECOND_HALF"), ended("SECOND_HALF"), started("PENALTY_SHOOTOUT"))
                    .forEach(fact -> matches.recordOk(matchId, fact));
        }
        int stored = storedEvents(api, matchId);

        Answer answer = api.postRaw("/api/matches/" + matchId + "/events", malformed.body(), JSON, Map.of());

        assertMalformed(answer, malformed.named());
        assertThat(storedEvents(api, matchId)).as("events stored").isEqualTo(stored);
    }

    @ParameterizedTest(name = "matchId {0}")
    @ValueSource(strings = {"bad$id", "bad!id", "bad*id", "-leading-dash", "caf%C3%A9", "with%20space",
            "a123456789a123456789a123456789a123456789a123456789a123456789a123456789a123456789x"})
    void aMatchIdOutsideTheIdentifierAlphabetIsMalformedOnEveryMatchPath(String matchId) {
        String path = "/api/matches/" + matchId;

        assertMalformed(api.post(path + "/events", fact("PERIOD_STARTED", "period", "FIRST_HALF")), "matchId");
        assertMalformed(api.get(path), "matchId");
        assertMalformed(api.get(path + "/timeline"), "matchId");
        assertMalformed(api.get(path + "/events"), "matchId");
    }

    static Stream<Malformed> malformedMatches() {
        return Stream.of(
                created("a match without homeTeam", "{'matchId': '<id>', 'awayTeam': '<away>'}", "homeTeam"),
                created("a match without awayTeam", "{'matchId': '<id>', 'homeTeam': '<home>'}", "awayTeam"),
                created("leg 3", "{'matchId': '<id>', 'homeTeam': '<home>', 'awayTeam': '<away>', "
                        + "'tieId': 'tie-1', 'leg': 3}", "leg"),
                created("a kick-off that is not an instant", "{'matchId': '<id>', 'homeTeam': '<home>', "
                        + "'awayTeam': '<away>', 'kickoffAt': 'tomorrow evening'}", "kickoffAt"),
                created("an unknown field", "{'matchId': '<id>', 'homeTeam': '<home>', 'awayTeam': '<away>', "
                        + "'stadium': 'Anfield'}", "stadium"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedMatches")
    void aMalformedMatchIsRefusedAndNotCreated(Malformed malformed) {
        String matchId = "malformed-" + UUID.randomUUID();

        Answer answer = api.postRaw("/api/matches", malformed.body().replace("<id>", matchId), JSON, Map.of());

        assertMalformed(answer, malformed.named());
        assertThat(api.get("/api/matches/" + matchId + "/events").status()).as("no stream created").isEqualTo(404);
    }

    @Test
    void aMatchIdInTheBodyOutsideTheIdentifierAlphabetIsMalformed() {
        Answer answer = api.post("/api/matches", Map.of("matchId", "bad id", "homeTeam", HOME, "awayTeam", AWAY));

        assertMalformed(answer, "matchId");
    }

    @Test
    void aFactForAnUnknownMatchIsNotFoundAndCreatesNothing() {
        String matchId = "unknown-" + UUID.randomUUID();

        Answer answer = api.post("/api/matches/" + matchId + "/events", fact("PERIOD_STARTED", "period", "FIRST_HALF"));

        assertNotFound(answer, matchId);
        assertNotFound(api.get("/api/matches/" + matchId + "/events"), matchId);
    }

    @ParameterizedTest(name = "GET /api/matches/<unknown>{0}")
    @ValueSource(strings = {"", "/timeline", "/events"})
    void readingAnUnknownMatchIsNotFound(String resource) {
        String matchId = "unknown-" + UUID.randomUUID();

        assertNotFound(api.get("/api/matches/" + matchId + resource), matchId);
    }

    // --- helpers

    /** A malformed request body and the word its refusal's detail must contain. */
    record Malformed(String problem, String body, String named, boolean inShootout) {
        @Override
        public String toString() {
            return problem;
        }
    }

    /** A fact sent while the first half is being played. */
    private static Malformed inPlay(String problem, String body, String named) {
        return new Malformed(problem, json(body), named, false);
    }

    /** A fact sent while a penalty shoot-out is being played, where a well-formed kick would be accepted. */
    private static Malformed inShootout(String problem, String body, String named) {
        return new Malformed(problem, json(body), named, true);
    }

    /** A create-match body, {@code <id>} standing for a fresh matchId. */
    private static Malformed created(String problem, String body, String named) {
        return new Malformed(problem, json(body), named, false);
    }

    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"').replace("<home>", HOME).replace("<away>", AWAY);
    }

    private static String goalAt(String minute) {
        return "{'type': 'GOAL', 'team': '<home>', 'player': 'Salah', 'minute': '" + minute + "'}";
    }

    private static Map<String, Object> started(String period) {
        return fact("PERIOD_STARTED", "period", period);
    }

    private static Map<String, Object> ended(String period) {
        return fact("PERIOD_ENDED", "period", period);
    }

    private static void assertMalformed(Answer answer, String named) {
        assertThat(answer.status()).as("never a server error: %s", answer.body()).isLessThan(500);
        JsonNode problem = assertProblem(answer, 400);
        assertThat(problem.path("detail").asText()).as("detail names the problem").contains(named);
    }

    private static void assertNotFound(Answer answer, String matchId) {
        assertThat(answer.status()).as("never a server error: %s", answer.body()).isLessThan(500);
        JsonNode problem = assertProblem(answer, 404);
        assertThat(problem.path("detail").asText()).contains(matchId);
    }
}
