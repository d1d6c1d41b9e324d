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

    /** Each body is JSON written with single quotes, or not JSON at all; {@code named} must appear in the detail. */
    static Stream<Malformed> malformedFacts() {
        return Stream.of(
                inPlay("a body that is not JSON", "the home side scored", "JSON"),
                inPlay("a body cut short", "{'type': 'GOAL', 'team': ", "JSON"),
                inPlay("a JSON array instead of an object", "[{'type': 'MATCH_ENDED'}]", "JSON"),
                inPlay("an unknown field", "{'type': 'GOAL', 'team': '%s', 'minute': '10', 'colour': 'red'}"
                        .formatted(HOME), "colour"),
                inPlay("an unknown type", "{'type': 'FREE_KICK'}", "type"),
                inPlay("a type that is not a fact one may send", "{'type': 'MATCH_SCHEDULED'}", "type"),
                inPlay("a missing type", "{'team': '%s', 'minute': '10'}".formatted(HOME), "type"),
                inPlay("a GOAL without team", "{'type': 'GOAL', 'player': 'Salah', 'minute': '10'}", "team"),
                inPlay("a GOAL without minute or period", "{'type': 'GOAL', 'team': '%s'}".formatted(HOME),
                        "minute"),
                inPlay("a CARD without card", "{'type': 'CARD', 'team': '%s', 'player': 'Fabinho', 'minute': '10'}"
                        .formatted(HOME), "card"),
                inPlay("a card on a GOAL", "{'type': 'GOAL', 'team': '%s', 'minute': '10', 'card': 'RED'}"
                        .formatted(HOME), "card"),
                inPlay("a team on a MATCH_ENDED", "{'type': 'MATCH_ENDED', 'team': '%s'}".formatted(HOME), "team"),
                inPlay("a minute on a PERIOD_ENDED", "{'type': 'PERIOD_ENDED', 'period': 'FIRST_HALF', "
                        + "'minute': '45'}", "minute"),
                inPlay("minute 45+-1", goalAt("45+-1"), "minute"),
                inPlay("minute 999", goalAt("999"), "minute"),
                inPlay("minute +3", goalAt("+3"), "minute"),
                inPlay("minute 46+1", goalAt("46+1"), "minute"),
                inPlay("minute abc", goalAt("abc"), "minute"),
                inPlay("minute 45+0", goalAt("45+0"), "minute"),
                inPlay("an eventId that is not a UUID", "{'type': 'GOAL', 'team': '%s', 'minute': '10', "
                        + "'eventId': 'goal-1'}".formatted(HOME), "eventId"),
                inPlay("a period that does not exist", "{'type': 'PERIOD_ENDED', 'period': 'THIRD_HALF'}", "period"),
                inPlay("a card colour that does not exist", "{'type': 'CARD', 'team': '%s', 'player': 'Fabinho', "
                        + "'minute': '10', 'card': 'GREEN'}".formatted(HOME), "card"),
                inPlay("a goalEventId that is not an identifier", "{'type': 'GOAL_DISALLOWED', "
                        + "'goalEventId': 'not an id!'}", "goalEventId"),
                inPlay("team as a number", "{'type': 'GOAL', 'team': 7, 'minute': '10'}", "team"),
                inPlay("team as an object", "{'type': 'GOAL', 'team': {'name': '%s'}, 'minute': '10'}"
                        .formatted(HOME), "team"),
                inPlay("team as an array", "{'type': 'GOAL', 'team': ['%s'], 'minute': '10'}".formatted(HOME),
                        "team"),
                inShootout("scored as the string 'yes'", "{'type': 'SHOOTOUT_KICK', 'team': '%s', 'scored': 'yes'}"
                        .formatted(HOME), "scored"),
                inShootout("scored as the string 'true'", "{'type': 'SHOOTOUT_KICK', 'team': '%s', "
                        + "'scored': 'true'}".formatted(HOME), "scored"),
                inShootout("scored as a number", "{'type': 'SHOOTOUT_KICK', 'team': '%s', 'scored': 1}"
                        .formatted(HOME), "scored"));
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
                created("a match without homeTeam", "{'matchId': '%s', 'awayTeam': '%s'}", "homeTeam"),
                created("a match without awayTeam", "{'matchId': '%s', 'homeTeam': '" + HOME + "'}", "awayTeam"),
                created("leg 3", "{'matchId': '%s', 'homeTeam': '" + HOME + "', 'awayTeam': '%s', "
                        + "'tieId': 'tie-1', 'leg': 3}", "leg"),
                created("a kick-off that is not an instant", "{'matchId': '%s', 'homeTeam': '" + HOME + "', "
                        + "'awayTeam': '%s', 'kickoffAt': 'tomorrow evening'}", "kickoffAt"),
                created("an unknown field", "{'matchId': '%s', 'homeTeam': '" + HOME + "', 'awayTeam': '%s', "
                        + "'stadium': 'Anfield'}", "stadium"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedMatches")
    void aMalformedMatchIsRefusedAndNotCreated(Malformed malformed) {
        String matchId = "malformed-" + UUID.randomUUID();

        Answer answer = api.postRaw("/api/matches", malformed.body().formatted(matchId, AWAY), JSON, Map.of());

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

    private static Malformed inPlay(String problem, String body, String named) {
        return new Malformed(problem, body.replace('\'', '"'), named, false);
    }

    private static Malformed inShootout(String problem, String body, String named) {
        return new Malformed(problem, body.replace('\'', '"'), named, true);
    }

    /** A create-match body with {@code %s} for the matchId, then for the away team where it has one. */
    private static Malformed created(String problem, String body, String named) {
        return new Malformed(problem, body.replace('\'', '"'), named, false);
    }

    private static String goalAt(String minute) {
        return "{'type': 'GOAL', 'team': '%s', 'player': 'Salah', 'minute': '%s'}".formatted(HOME, minute);
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
