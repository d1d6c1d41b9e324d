package dev.fulltime.infrastructure.web.match;

import static dev.fulltime.infrastructure.support.MatchApi.fact;
import static dev.fulltime.infrastructure.web.match.Problems.assertRefused;
import static dev.fulltime.infrastructure.web.match.Problems.storedEvents;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.domain.match.Rule;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import dev.fulltime.infrastructure.support.MatchApi;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every rule of the game the engine enforces, refused over real HTTP: {@code 422} problem+json naming the rule, and
 * the match's stored log exactly as long as before.
 */
@FulltimeHttpTest
class RefusedFactsHttpTest {

    private static final String HOME = "Liverpool FC";
    private static final String AWAY = "Real Madrid";
    private static final String UNKNOWN_EVENT = UUID.randomUUID().toString();

    // the steps a match goes through, each fact remembered by name for the facts that refer to it

    private static final Setup KICK_OFF = recording("kickOff", started("FIRST_HALF"));
    private static final Setup END_FIRST_HALF = recording("halfTime", ended("FIRST_HALF"));
    private static final Setup START_SECOND_HALF = recording("secondHalf", started("SECOND_HALF"));
    private static final Setup END_SECOND_HALF = recording("ninety", ended("SECOND_HALF"));
    private static final Setup FINAL_WHISTLE = recording("finalWhistle", fact("MATCH_ENDED"));
    private static final Setup START_SHOOTOUT = recording("shootout", started("PENALTY_SHOOTOUT"));
    private static final Setup SCORE_GOAL = recording("goal", goal(HOME, "10"));
    private static final Setup SHOW_CARD = recording("card", card(AWAY, "12"));
    private static final Setup RETRACT_GOAL = scene -> scene.record("retraction", retraction(scene.id("goal")));
    private static final Setup DISALLOW_GOAL = scene -> scene.record("disallowance", disallow(scene.id("goal")));
    private static final Setup HOME_SCORES_AWAY_MISSES = recording("homeKick", kick(HOME, true))
            .then(recording("awayKick", kick(AWAY, false)));

    // the situations a refused fact arrives in

    private static final Setup SCHEDULED = scene -> { };
    private static final Setup FIRST_HALF = KICK_OFF;
    private static final Setup HALF_TIME = FIRST_HALF.then(END_FIRST_HALF);
    private static final Setup SECOND_HALF = HALF_TIME.then(START_SECOND_HALF);
    private static final Setup NINETY_PLAYED = SECOND_HALF.then(END_SECOND_HALF);
    private static final Setup FULL_TIME = NINETY_PLAYED.then(FINAL_WHISTLE);
    private static final Setup SHOOTOUT = NINETY_PLAYED.then(START_SHOOTOUT);
    private static final Setup SHOOTOUT_ONE_KICK = SHOOTOUT.then(recording("homeKick", kick(HOME, true)));
    /** 3-0 after three rounds: the away side cannot catch up with two kicks left, so the shoot-out is over. */
    private static final Setup SHOOTOUT_DECIDED = SHOOTOUT
            .then(HOME_SCORES_AWAY_MISSES).then(HOME_SCORES_AWAY_MISSES).then(HOME_SCORES_AWAY_MISSES);
    private static final Setup GOAL_SCORED = FIRST_HALF.then(SCORE_GOAL);
    private static final Setup CARD_SHOWN = FIRST_HALF.then(SHOW_CARD);
    private static final Setup GOAL_RETRACTED = GOAL_SCORED.then(RETRACT_GOAL);
    private static final Setup GOAL_DISALLOWED = GOAL_SCORED.then(DISALLOW_GOAL);
    private static final Setup GOAL_SCORED_THEN_FULL_TIME = GOAL_SCORED
            .then(END_FIRST_HALF).then(START_SECOND_HALF).then(END_SECOND_HALF).then(FINAL_WHISTLE);

    /** The rules refused by {@code POST /api/matches}; every other rule is refused by a fact. */
    /** Refused when a match is created; a taken id ({@code MATCH_ALREADY_SCHEDULED}) is answered 409 over HTTP. */
    private static final Set<Rule> CREATION_RULES = Set.of(Rule.MATCH_ALREADY_SCHEDULED, Rule.SAME_TEAM_TWICE);
    /**
     * The rules of a match that belongs to a knockout tie (those its deciding match obeys, and every {@code LEG_} rule
     * of a match joining a tie): they need a competition and a tie first, and are refused over HTTP by the tie tests
     * ({@code tie.DecidingMatchRulesHttpTest}). Named as text, so that this test does not depend on them.
     */
    private static final Set<String> DECIDING_MATCH_RULES = Set.of("EXTRA_TIME_NOT_NEEDED", "SHOOTOUT_NOT_NEEDED",
            "TIE_UNDECIDED");

    @LocalServerPort
    private int port;

    private MatchApi matches;

    @BeforeEach
    void connect() {
        matches = new MatchApi(new ApiClient(port));
    }

    static Stream<Refusal> refusals() {
        return Stream.of(
                refused(Rule.GOAL_OUTSIDE_PLAY, "a goal before kick-off", SCHEDULED, goal(HOME, "10")),
                refused(Rule.GOAL_OUTSIDE_PLAY, "a goal during the half-time interval", HALF_TIME, goal(HOME, "40")),
                refused(Rule.GOAL_OUTSIDE_PLAY, "a goal after the final whistle", FULL_TIME, goal(HOME, "80")),
                refused(Rule.GOAL_OUTSIDE_PLAY, "a goal during the shoot-out", SHOOTOUT, goal(HOME, "90+3")),
                refused(Rule.CARD_OUTSIDE_PLAY, "a card before kick-off", SCHEDULED, card(AWAY, "10")),
                refused(Rule.CARD_OUTSIDE_PLAY, "a card during the half-time interval", HALF_TIME, card(AWAY, "45+1")),
                refused(Rule.CARD_OUTSIDE_PLAY, "a card after the final whistle", FULL_TIME, card(AWAY, "88")),
                refused(Rule.SUBSTITUTION_OUTSIDE_PLAY, "a substitution before kick-off", SCHEDULED,
                        substitution(HOME, "10")),
                refused(Rule.SUBSTITUTION_OUTSIDE_PLAY, "a substitution during the half-time interval", HALF_TIME,
                        substitution(HOME, "40")),
                refused(Rule.SUBSTITUTION_OUTSIDE_PLAY, "a substitution after the final whistle", FULL_TIME,
                        substitution(HOME, "85")),
                refused(Rule.MINUTE_OUTSIDE_PERIOD, "a goal at 30' in the second half", SECOND_HALF,
                        goal(HOME, "30")),
                refused(Rule.MINUTE_OUTSIDE_PERIOD, "a card at 45+2' in the second half", SECOND_HALF,
                        card(AWAY, "45+2")),
                refused(Rule.MINUTE_OUTSIDE_PERIOD, "a goal known only as FIRST_HALF in the second half",
                        SECOND_HALF, fact("GOAL", "team", HOME, "period", "FIRST_HALF")),
                refusedAbout(Rule.MINUTE_OUTSIDE_PERIOD, "a first-half goal corrected to 60'", GOAL_SCORED,
                        scene -> correction(scene.id("goal"), "minute", "60")),
                refused(Rule.PERIOD_OUT_OF_ORDER, "the second half before kick-off", SCHEDULED,
                        started("SECOND_HALF")),
                refused(Rule.PERIOD_OUT_OF_ORDER, "the first half started twice", HALF_TIME, started("FIRST_HALF")),
                refused(Rule.PERIOD_OUT_OF_ORDER, "the second half while the first is played", FIRST_HALF,
                        started("SECOND_HALF")),
                refused(Rule.PERIOD_OUT_OF_ORDER, "a shoot-out at half-time", HALF_TIME,
                        started("PENALTY_SHOOTOUT")),
                refused(Rule.PERIOD_OUT_OF_ORDER, "extra time's second half straight after 90'", NINETY_PLAYED,
                        started("EXTRA_TIME_SECOND_HALF")),
                refused(Rule.PERIOD_NOT_IN_PLAY, "the first half ended before kick-off", SCHEDULED,
                        ended("FIRST_HALF")),
                refused(Rule.PERIOD_NOT_IN_PLAY, "the first half ended twice", HALF_TIME, ended("FIRST_HALF")),
                refused(Rule.PERIOD_NOT_IN_PLAY, "the second half ended during the first", FIRST_HALF,
                        ended("SECOND_HALF")),
                refused(Rule.PERIOD_NOT_IN_PLAY, "a shoot-out ended after its deciding kick", SHOOTOUT_DECIDED,
                        ended("PENALTY_SHOOTOUT")),
                refused(Rule.TEAM_NOT_IN_MATCH, "a goal for a team not in the match", FIRST_HALF,
                        goal("Everton", "10")),
                refused(Rule.TEAM_NOT_IN_MATCH, "a card for a team named in another case", FIRST_HALF,
                        card("liverpool fc", "10")),
                refused(Rule.TEAM_NOT_IN_MATCH, "a shoot-out kick by a team not in the match", SHOOTOUT,
                        kick("Everton", true)),
                refusedAbout(Rule.TEAM_NOT_IN_MATCH, "a goal corrected to a team not in the match", GOAL_SCORED,
                        scene -> correction(scene.id("goal"), "team", "Everton")),
                refused(Rule.UNKNOWN_TARGET, "disallowing an unknown goal", FIRST_HALF, disallow(UNKNOWN_EVENT)),
                refused(Rule.UNKNOWN_TARGET, "correcting an unknown fact", FIRST_HALF,
                        correction(UNKNOWN_EVENT, "player", "Nunez")),
                refused(Rule.UNKNOWN_TARGET, "retracting an unknown fact", FIRST_HALF, retraction(UNKNOWN_EVENT)),
                refusedAbout(Rule.TARGET_RETRACTED, "disallowing a retracted goal", GOAL_RETRACTED,
                        scene -> disallow(scene.id("goal"))),
                refusedAbout(Rule.TARGET_RETRACTED, "correcting a retracted goal", GOAL_RETRACTED,
                        scene -> correction(scene.id("goal"), "player", "Nunez")),
                refusedAbout(Rule.TARGET_RETRACTED, "retracting a retracted goal", GOAL_RETRACTED,
                        scene -> retraction(scene.id("goal"))),
                refusedAbout(Rule.WRONG_TARGET_TYPE, "disallowing a card", CARD_SHOWN,
                        scene -> disallow(scene.id("card"))),
                refusedAbout(Rule.WRONG_TARGET_TYPE, "correcting the kick-off", FIRST_HALF,
                        scene -> correction(scene.id("kickOff"), "minute", "1")),
                refusedAbout(Rule.WRONG_TARGET_TYPE, "retracting the kick-off", FIRST_HALF,
                        scene -> retraction(scene.id("kickOff"))),
                refusedAbout(Rule.WRONG_TARGET_TYPE, "giving a card a goal's kind", CARD_SHOWN,
                        scene -> correction(scene.id("card"), "kind", "PENALTY")),
                refusedAbout(Rule.GOAL_ALREADY_DISALLOWED, "a goal disallowed twice", GOAL_DISALLOWED,
                        scene -> disallow(scene.id("goal"))),
                refusedAbout(Rule.NOTHING_TO_CORRECT, "an empty correction", GOAL_SCORED,
                        scene -> correction(scene.id("goal"))),
                refused(Rule.SHOOTOUT_NOT_IN_PROGRESS, "a shoot-out kick before kick-off", SCHEDULED,
                        kick(HOME, true)),
                refused(Rule.SHOOTOUT_NOT_IN_PROGRESS, "a shoot-out kick during the first half", FIRST_HALF,
                        kick(HOME, true)),
                refused(Rule.SHOOTOUT_NOT_IN_PROGRESS, "a shoot-out kick with no shoot-out started",
                        NINETY_PLAYED, kick(HOME, true)),
                refused(Rule.SHOOTOUT_NOT_IN_PROGRESS, "a shoot-out tally during the second half", SECOND_HALF,
                        tally(4, 3)),
                refused(Rule.IMPOSSIBLE_SHOOTOUT_RESULT, "a level shoot-out tally", SHOOTOUT, tally(3, 3)),
                refused(Rule.IMPOSSIBLE_SHOOTOUT_RESULT, "a tally no shoot-out ends with", SHOOTOUT, tally(7, 5)),
                refused(Rule.IMPOSSIBLE_SHOOTOUT_RESULT, "a tally of a shoot-out recorded kick by kick",
                        SHOOTOUT_ONE_KICK, tally(4, 3)),
                refused(Rule.SHOOTOUT_OUT_OF_TURN, "the same side kicking twice in a row", SHOOTOUT_ONE_KICK,
                        kick(HOME, true)),
                refused(Rule.SHOOTOUT_DECIDED, "a kick after the shoot-out is decided", SHOOTOUT_DECIDED,
                        kick(HOME, true)),
                refused(Rule.SHOOTOUT_UNDECIDED, "ending a shoot-out after one kick", SHOOTOUT_ONE_KICK,
                        ended("PENALTY_SHOOTOUT")),
                refused(Rule.SHOOTOUT_UNDECIDED, "ending a shoot-out before its first kick", SHOOTOUT,
                        ended("PENALTY_SHOOTOUT")),
                refused(Rule.MATCH_NOT_STARTED, "a final whistle before kick-off", SCHEDULED, fact("MATCH_ENDED")),
                refused(Rule.MATCH_INCOMPLETE, "a final whistle during the first half", FIRST_HALF,
                        fact("MATCH_ENDED")),
                refused(Rule.MATCH_INCOMPLETE, "a final whistle during the second half", SECOND_HALF,
                        fact("MATCH_ENDED")),
                refused(Rule.MATCH_INCOMPLETE, "a final whistle at half-time", HALF_TIME, fact("MATCH_ENDED")),
                refused(Rule.MATCH_INCOMPLETE, "a final whistle during the shoot-out", SHOOTOUT_ONE_KICK,
                        fact("MATCH_ENDED")),
                refused(Rule.MATCH_FINISHED, "extra time after the final whistle", FULL_TIME,
                        started("EXTRA_TIME_FIRST_HALF")),
                refused(Rule.MATCH_FINISHED, "the second half ended again after the final whistle", FULL_TIME,
                        ended("SECOND_HALF")),
                refusedAbout(Rule.MATCH_FINISHED, "a goal disallowed after the final whistle",
                        GOAL_SCORED_THEN_FULL_TIME, scene -> disallow(scene.id("goal"))),
                refused(Rule.MATCH_ALREADY_ENDED, "a second final whistle", FULL_TIME, fact("MATCH_ENDED")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aRefusedFactIsAnsweredWithItsRuleAndStoresNothing(Refusal refusal) {
        Scene scene = new Scene();
        refusal.given().on(scene);
        int stored = storedEvents(matches.client(), scene.matchId);

        Answer answer = matches.record(scene.matchId, refusal.fact().apply(scene));

        assertRefused(answer, refusal.rule().name());
        assertThat(storedEvents(matches.client(), scene.matchId)).as("events stored").isEqualTo(stored);
    }

    @Test
    void aMatchCannotBeScheduledTwiceUnderOneId() {
        String matchId = "refused-twice-" + UUID.randomUUID();
        matches.create(Map.of("matchId", matchId, "homeTeam", HOME, "awayTeam", AWAY));
        int stored = storedEvents(matches.client(), matchId);

        Answer again = matches.client().post("/api/matches",
                Map.of("matchId", matchId, "homeTeam", "Everton", "awayTeam", "Chelsea"));

        // an identifier already taken is a conflict of ids, answered before the rules of the game are asked
        assertThat(Problems.assertProblem(again, 409).path("detail").asText()).contains("already exists");
        assertThat(storedEvents(matches.client(), matchId)).as("events stored").isEqualTo(stored);
        assertThat(matches.log(matchId).path("events").get(0).path("payload").path("homeTeam").asText())
                .isEqualTo(HOME);
    }

    @Test
    void aTeamCannotPlayItself() {
        String matchId = "refused-same-team-" + UUID.randomUUID();

        Answer answer = matches.client().post("/api/matches",
                Map.of("matchId", matchId, "homeTeam", HOME, "awayTeam", HOME));

        assertRefused(answer, Rule.SAME_TEAM_TWICE.name());
        assertThat(storedEvents(matches.client(), matchId)).as("no stream for the refused match").isEqualTo(-1);
    }

    @Test
    void aLateFactWithinItsPeriodIsAcceptedAndTakesItsPlaceOnTheClock() {
        Scene scene = new Scene();
        FIRST_HALF.on(scene);

        Answer goal = matches.record(scene.matchId, goal(HOME, "35"));
        Answer card = matches.record(scene.matchId, card(AWAY, "30"));

        assertThat(goal.status()).as(goal.body().toString()).isEqualTo(201);
        assertThat(card.status()).as(card.body().toString()).isEqualTo(201);
        long goalSequence = goal.body().path("sequence").asLong();
        long cardSequence = card.body().path("sequence").asLong();
        assertThat(cardSequence).as("sequence keeps arrival order").isEqualTo(goalSequence + 1);

        JsonNode timeline = matches.timelineAt(scene.matchId, cardSequence);
        List<JsonNode> play = stream(timeline.path("events"))
                .filter(event -> Set.of("GOAL", "CARD").contains(event.path("type").asText()))
                .toList();
        assertThat(play).extracting(event -> event.path("type").asText()).containsExactly("CARD", "GOAL");
        assertThat(play).extracting(event -> event.path("minute").asText()).containsExactly("30", "35");
        assertThat(play).extracting(event -> event.path("sequence").asLong())
                .containsExactly(cardSequence, goalSequence);
        assertThat(play).extracting(event -> event.path("score").path("home").asInt()).containsExactly(0, 1);

        List<String> logged = stream(matches.log(scene.matchId).path("events"))
                .map(event -> event.path("eventId").asText()).toList();
        assertThat(logged).endsWith(goal.body().path("eventId").asText(), card.body().path("eventId").asText());
    }

    @Test
    void everyRuleOfAMatchIsExercised() {
        Set<String> exercised = Stream.concat(refusals().map(Refusal::rule), CREATION_RULES.stream())
                .map(Rule::name).collect(Collectors.toSet());
        Set<String> missing = Arrays.stream(Rule.values()).map(Rule::name)
                .filter(rule -> !exercised.contains(rule))
                .filter(rule -> !rule.startsWith("LEG_") && !DECIDING_MATCH_RULES.contains(rule))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).as("rules of a match with no refusal in this test").isEmpty();
    }

    // --- the table's vocabulary

    /** A fact the rules refuse, in the situation where they refuse it. */
    record Refusal(Rule rule, String situation, Setup given, Function<Scene, Map<String, Object>> fact) {
        @Override
        public String toString() {
            return rule + ": " + situation;
        }
    }

    private static Refusal refused(Rule rule, String situation, Setup given, Map<String, Object> fact) {
        return new Refusal(rule, situation, given, scene -> fact);
    }

    /** A refused fact about an earlier fact of the scene. */
    private static Refusal refusedAbout(Rule rule, String situation, Setup given,
                                        Function<Scene, Map<String, Object>> fact) {
        return new Refusal(rule, situation, given, fact);
    }

    /** Brings a freshly created match into a situation, fact by accepted fact. */
    @FunctionalInterface
    interface Setup {
        void on(Scene scene);

        default Setup then(Setup next) {
            return scene -> {
                on(scene);
                next.on(scene);
            };
        }
    }

    private static Setup recording(String name, Map<String, Object> fact) {
        return scene -> scene.record(name, fact);
    }

    /** A new match between {@link #HOME} and {@link #AWAY}, and the eventIds of the facts recorded in it by name. */
    final class Scene {
        final String matchId = matches.create(HOME, AWAY);
        private final Map<String, String> eventIds = new HashMap<>();

        void record(String name, Map<String, Object> fact) {
            eventIds.put(name, matches.recordOk(matchId, fact));
        }

        String id(String name) {
            return Objects.requireNonNull(eventIds.get(name), () -> "no fact named " + name + " in the scene");
        }
    }

    private static Map<String, Object> started(String period) {
        return fact("PERIOD_STARTED", "period", period);
    }

    private static Map<String, Object> ended(String period) {
        return fact("PERIOD_ENDED", "period", period);
    }

    private static Map<String, Object> goal(String team, String minute) {
        return fact("GOAL", "team", team, "player", "Salah", "minute", minute, "kind", "REGULAR");
    }

    private static Map<String, Object> card(String team, String minute) {
        return fact("CARD", "team", team, "player", "Valverde", "minute", minute, "card", "YELLOW");
    }

    private static Map<String, Object> substitution(String team, String minute) {
        return fact("SUBSTITUTION", "team", team, "playerOff", "Firmino", "playerOn", "Jota", "minute", minute);
    }

    private static Map<String, Object> kick(String team, boolean scored) {
        return fact("SHOOTOUT_KICK", "team", team, "player", "Penalty Taker", "scored", scored);
    }

    private static Map<String, Object> tally(int home, int away) {
        return fact("SHOOTOUT_TALLY", "penalties", Map.of("home", home, "away", away));
    }

    private static Map<String, Object> disallow(String goalEventId) {
        return fact("GOAL_DISALLOWED", "goalEventId", goalEventId, "reason", "offside");
    }

    private static Map<String, Object> retraction(String targetEventId) {
        return fact("RETRACTION", "targetEventId", targetEventId, "reason", "recorded by mistake");
    }

    private static Map<String, Object> correction(String targetEventId, Object... fieldsAndValues) {
        Object[] fields = Stream.concat(Stream.of("targetEventId", targetEventId), Arrays.stream(fieldsAndValues))
                .toArray();
        return fact("CORRECTION", fields);
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
