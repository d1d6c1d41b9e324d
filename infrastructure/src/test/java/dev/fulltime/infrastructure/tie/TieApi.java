package dev.fulltime.infrastructure.tie;

import static dev.fulltime.infrastructure.support.MatchApi.fact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
import dev.fulltime.infrastructure.support.MatchApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Competitions, knockout ties and their legs as a test speaks to them over HTTP, matches played period by period
 * through the same facts a live scorer sends, and patient reads of the eventually consistent tie views.
 */
final class TieApi {

    static final String FIRST_HALF = "FIRST_HALF";
    static final String SECOND_HALF = "SECOND_HALF";
    static final String EXTRA_TIME_FIRST_HALF = "EXTRA_TIME_FIRST_HALF";
    static final String EXTRA_TIME_SECOND_HALF = "EXTRA_TIME_SECOND_HALF";
    static final String PENALTY_SHOOTOUT = "PENALTY_SHOOTOUT";

    static final String PROBLEM_JSON = "application/problem+json";
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final ApiClient api;
    private final MatchApi matches;

    TieApi(int port) {
        this.api = new ApiClient(port);
        this.matches = new MatchApi(api);
    }

    ApiClient client() {
        return api;
    }

    MatchApi matches() {
        return matches;
    }

    // --- competitions and ties

    /** The body of a competition's {@code rules}. */
    static Map<String, Object> rules(boolean awayGoals, boolean extraTime, boolean penalties) {
        return Map.of("awayGoals", awayGoals, "extraTime", extraTime, "penalties", penalties);
    }

    /** Extra time and penalties, no away goals: UEFA's rules from 2021-22 on. */
    static Map<String, Object> withoutAwayGoals() {
        return rules(false, true, true);
    }

    /** Creates a competition; without {@code rules} it takes UEFA's rules of the season. */
    String competition(String name, String season, Map<String, ?> rules) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("season", season);
        if (rules != null) {
            body.put("rules", rules);
        }
        return created(api.post("/api/competitions", body), "competitionId");
    }

    Answer createTie(String competitionId, String round, String teamA, String teamB, int legs) {
        return api.post("/api/ties", Map.of("competitionId", competitionId, "round", round, "teamA", teamA,
                "teamB", teamB, "legs", legs));
    }

    String tie(String competitionId, String round, String teamA, String teamB, int legs) {
        return created(createTie(competitionId, round, teamA, teamB, legs), "tieId");
    }

    Answer createLeg(String tieId, int leg, String home, String away) {
        return api.post("/api/matches", Map.of("tieId", tieId, "leg", leg, "homeTeam", home, "awayTeam", away));
    }

    String leg(String tieId, int leg, String home, String away) {
        return created(createLeg(tieId, leg, home, away), "matchId");
    }

    String leg(String tieId, int leg, String home, String away, String kickoffAt, String venue) {
        return created(api.post("/api/matches", Map.of("tieId", tieId, "leg", leg, "homeTeam", home,
                "awayTeam", away, "kickoffAt", kickoffAt, "venue", venue)), "matchId");
    }

    // --- playing a match, fact by fact

    /** A goal for {@code team}, at its minute or (when only that is known) in its period. */
    record Goal(String team, String player, String minute, String period, String kind) {

        static Goal goal(String team, String player, String minute) {
            return new Goal(team, player, minute, null, "REGULAR");
        }

        static Goal penalty(String team, String player, String minute) {
            return new Goal(team, player, minute, null, "PENALTY");
        }

        /** A goal whose minute the source does not give, only the period it fell in. */
        static Goal during(String period, String team, String player) {
            return new Goal(team, player, null, period, "REGULAR");
        }

        String half() {
            return period != null ? period : Minute.parse(minute).period().name();
        }

        Map<String, Object> toFact() {
            Map<String, Object> fact = fact("GOAL", "team", team, "kind", kind);
            if (player != null) {
                fact.put("player", player);
            }
            if (minute != null) {
                fact.put("minute", minute);
            } else {
                fact.put("period", period);
            }
            return fact;
        }
    }

    /** {@code home} and {@code away} goals by nobody in particular, spread over both halves. */
    static Goal[] score(String home, int homeGoals, String away, int awayGoals) {
        List<Goal> goals = new ArrayList<>();
        for (int i = 0; i < homeGoals; i++) {
            goals.add(Goal.goal(home, null, Integer.toString(10 + 8 * i)));
        }
        for (int i = 0; i < awayGoals; i++) {
            goals.add(Goal.goal(away, null, Integer.toString(50 + 8 * i)));
        }
        return goals.toArray(Goal[]::new);
    }

    /** One kick of a shoot-out. */
    record Kick(String team, String player, boolean scored) {

        static Kick scores(String team) {
            return new Kick(team, null, true);
        }

        static Kick misses(String team) {
            return new Kick(team, null, false);
        }

        Map<String, Object> toFact() {
            Map<String, Object> fact = fact("SHOOTOUT_KICK", "team", team, "scored", scored);
            if (player != null) {
                fact.put("player", player);
            }
            return fact;
        }
    }

    /** Records a fact that must be accepted; returns the stream's version after it. */
    long record(String matchId, Map<String, ?> fact) {
        Answer answer = matches.record(matchId, fact);
        assertThat(answer.status()).as("%s refused: %s", fact, answer.body()).isEqualTo(201);
        return answer.body().get("version").asLong();
    }

    /** Plays {@code period} from its start to its end, recording the goals that fall in it. */
    long period(String matchId, String period, Goal... goals) {
        record(matchId, fact("PERIOD_STARTED", "period", period));
        for (Goal goal : goals) {
            if (goal.half().equals(period)) {
                record(matchId, goal.toFact());
            }
        }
        return record(matchId, fact("PERIOD_ENDED", "period", period));
    }

    /** Both halves, each goal in its own; the final whistle is left to the caller. */
    long regularTime(String matchId, Goal... goals) {
        requireEveryGoalIn(goals, FIRST_HALF, SECOND_HALF);
        period(matchId, FIRST_HALF, goals);
        return period(matchId, SECOND_HALF, goals);
    }

    /** Both halves of extra time, each goal in its own. */
    long extraTime(String matchId, Goal... goals) {
        requireEveryGoalIn(goals, EXTRA_TIME_FIRST_HALF, EXTRA_TIME_SECOND_HALF);
        period(matchId, EXTRA_TIME_FIRST_HALF, goals);
        return period(matchId, EXTRA_TIME_SECOND_HALF, goals);
    }

    /** Starts the shoot-out and takes the kicks; the deciding kick ends it. */
    long shootout(String matchId, Kick... kicks) {
        long version = record(matchId, fact("PERIOD_STARTED", "period", PENALTY_SHOOTOUT));
        for (Kick kick : kicks) {
            version = record(matchId, kick.toFact());
        }
        return version;
    }

    /** Starts the shoot-out and records only its final tally, all a source may give; the tally ends it. */
    long shootoutTally(String matchId, int home, int away) {
        record(matchId, fact("PERIOD_STARTED", "period", PENALTY_SHOOTOUT));
        return record(matchId, fact("SHOOTOUT_TALLY", "penalties", Map.of("home", home, "away", away)));
    }

    long finalWhistle(String matchId) {
        return record(matchId, fact("MATCH_ENDED"));
    }

    /** A match won, lost or drawn within 90 minutes: both halves and the final whistle. */
    long fullTime(String matchId, Goal... goals) {
        regularTime(matchId, goals);
        return finalWhistle(matchId);
    }

    private static void requireEveryGoalIn(Goal[] goals, String... periods) {
        List<String> allowed = Arrays.asList(periods);
        assertThat(goals).as("goals of the periods %s", allowed).allMatch(goal -> allowed.contains(goal.half()));
    }

    // --- reading, patiently

    /** The tie once its view satisfies {@code ready}; the last answer is named when it never does. */
    JsonNode tie(String tieId, Predicate<JsonNode> ready) {
        return awaitBody("/api/ties/" + tieId, ready);
    }

    /** The tie once its view shows {@code legs} legs, every one with its final whistle. */
    JsonNode tieWithFinishedLegs(String tieId, int legs) {
        return tie(tieId, tie -> tie.path("legs").size() == legs
                && stream(tie.path("legs")).allMatch(leg -> "FINISHED".equals(leg.path("status").asText())));
    }

    JsonNode decidedTie(String tieId) {
        return tie(tieId, tie -> "DECIDED".equals(tie.path("status").asText()));
    }

    JsonNode awaitBody(String path, Predicate<JsonNode> ready) {
        JsonNode[] latest = new JsonNode[1];
        await().atMost(PATIENCE).untilAsserted(() -> {
            Answer answer = api.get(path);
            latest[0] = answer.body();
            assertThat(answer.status()).as("GET %s: %s", path, answer.body()).isEqualTo(200);
            assertThat(ready.test(answer.body())).as("GET %s not yet as expected: %s", path, answer.body()).isTrue();
        });
        return latest[0];
    }

    /** How many events the stream holds, read from the event store; -1 when there is none. */
    int storedEvents(String matchId) {
        Answer answer = api.get("/api/matches/" + matchId + "/events");
        if (answer.status() == 404) {
            return -1;
        }
        assertThat(answer.status()).as("GET events of %s: %s", matchId, answer.body()).isEqualTo(200);
        return answer.body().path("events").size();
    }

    // --- small readings of JSON

    /** A {@code {"home": 2, "away": 5}} score as "2-5". */
    static String score(JsonNode score) {
        return score.path("home").asInt() + "-" + score.path("away").asInt();
    }

    /** A {@code {"teamA": 2, "teamB": 6}} tie score as "2-6". */
    static String teams(JsonNode score) {
        return score.path("teamA").asInt() + "-" + score.path("teamB").asInt();
    }

    static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    // --- refusals

    /** Asserts the answer is a problem+json with {@code status}, and returns its body. */
    static JsonNode assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as("status of %s", answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).as("Content-Type of %s", answer.body()).startsWith(PROBLEM_JSON);
        JsonNode problem = answer.body();
        assertThat(problem.path("title").asText()).as("title in %s", problem).isNotBlank();
        assertThat(problem.path("detail").asText()).as("detail in %s", problem).isNotBlank();
        return problem;
    }

    /** A 422 refusal naming {@code rule}. */
    static JsonNode assertRefused(Answer answer, String rule) {
        JsonNode problem = assertProblem(answer, 422);
        assertThat(problem.path("rule").asText()).as("rule in %s", problem).isEqualTo(rule);
        return problem;
    }

    private static String created(Answer answer, String idField) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(201);
        assertThat(answer.header("Location")).as("Location of %s", answer.body()).isNotBlank();
        return answer.body().get(idField).asText();
    }
}
