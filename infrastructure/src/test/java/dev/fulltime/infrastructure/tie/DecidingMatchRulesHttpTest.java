package dev.fulltime.infrastructure.tie;

import static dev.fulltime.infrastructure.support.MatchApi.fact;
import static dev.fulltime.infrastructure.tie.TieApi.EXTRA_TIME_FIRST_HALF;
import static dev.fulltime.infrastructure.tie.TieApi.Goal.goal;
import static dev.fulltime.infrastructure.tie.TieApi.Kick.misses;
import static dev.fulltime.infrastructure.tie.TieApi.Kick.scores;
import static dev.fulltime.infrastructure.tie.TieApi.PENALTY_SHOOTOUT;
import static dev.fulltime.infrastructure.tie.TieApi.assertProblem;
import static dev.fulltime.infrastructure.tie.TieApi.assertRefused;
import static dev.fulltime.infrastructure.tie.TieApi.score;
import static dev.fulltime.infrastructure.tie.TieApi.teams;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a knockout tie asks of its matches, over real HTTP: only the deciding match goes to extra time and only when
 * the tie is level after its 90 minutes; a shoot-out only when still level after extra time; no final whistle while
 * the tie is undecided; and the tie accepts each leg once, hosted in turn by its teams. Every refusal is a
 * problem+json naming the rule, and stores nothing.
 */
@FulltimeHttpTest
class DecidingMatchRulesHttpTest {

    private static final String A = "Alpha FC";
    private static final String B = "Beta FC";
    private static final Map<String, Object> EXTRA_TIME = fact("PERIOD_STARTED", "period", EXTRA_TIME_FIRST_HALF);
    private static final Map<String, Object> SHOOTOUT = fact("PERIOD_STARTED", "period", PENALTY_SHOOTOUT);
    private static final Map<String, Object> FINAL_WHISTLE = fact("MATCH_ENDED");

    @LocalServerPort
    int port;

    private TieApi ties;
    private String competitionId;

    @BeforeEach
    void createACompetitionWithoutAwayGoals() {
        ties = new TieApi(port);
        competitionId = ties.competition("UEFA Champions League", "2022-23", TieApi.withoutAwayGoals());
    }

    // --- the deciding match

    @Test
    void aSecondLegNotLevelOnAggregateGetsNoExtraTime() {
        String tieId = ties.tie(competitionId, "Round of 16", A, B, 2);
        ties.fullTime(ties.leg(tieId, 1, A, B), TieApi.score(A, 2, B, 0));
        String leg2 = ties.leg(tieId, 2, B, A);
        ties.regularTime(leg2, TieApi.score(B, 1, A, 0));

        assertRefusedAndNothingStored(leg2, EXTRA_TIME, "EXTRA_TIME_NOT_NEEDED");

        ties.finalWhistle(leg2);
        JsonNode tie = ties.decidedTie(tieId);
        assertThat(tie.path("winner").asText()).isEqualTo(A);
        assertThat(tie.path("eliminated").asText()).isEqualTo(B);
        assertThat(tie.path("decidedBy").asText()).isEqualTo("AGGREGATE");
        assertThat(teams(tie.path("aggregate"))).isEqualTo("2-1");
    }

    @Test
    void aLevelFirstLegMayEndLevelAndGetsNoExtraTime() {
        String tieId = ties.tie(competitionId, "Round of 16", A, B, 2);
        String leg1 = ties.leg(tieId, 1, A, B);
        ties.regularTime(leg1, TieApi.score(A, 1, B, 1));

        assertRefusedAndNothingStored(leg1, EXTRA_TIME, "EXTRA_TIME_NOT_NEEDED");
        assertRefusedAndNothingStored(leg1, SHOOTOUT, "SHOOTOUT_NOT_NEEDED");
        ties.finalWhistle(leg1);

        JsonNode tie = ties.tieWithFinishedLegs(tieId, 1);
        assertThat(tie.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(teams(tie.path("aggregate"))).isEqualTo("1-1");
        assertThat(tie.has("winner")).isFalse();
    }

    @Test
    void aLevelDecidingMatchNeedsExtraTimeThenAShootoutBeforeItsFinalWhistle() {
        String tieId = ties.tie(competitionId, "Round of 16", A, B, 2);
        ties.fullTime(ties.leg(tieId, 1, A, B), TieApi.score(A, 1, B, 0));
        String leg2 = ties.leg(tieId, 2, B, A);
        ties.regularTime(leg2, TieApi.score(B, 1, A, 0));

        assertRefusedAndNothingStored(leg2, FINAL_WHISTLE, "TIE_UNDECIDED");
        assertRefusedAndNothingStored(leg2, SHOOTOUT, "SHOOTOUT_NOT_NEEDED");

        ties.extraTime(leg2, goal(B, "Beta striker", "95"), goal(A, "Alpha striker", "112"));

        assertRefusedAndNothingStored(leg2, FINAL_WHISTLE, "TIE_UNDECIDED");

        ties.shootout(leg2, scores(B), misses(A), scores(B));
        assertRefusedAndNothingStored(leg2, FINAL_WHISTLE, "MATCH_INCOMPLETE");
        ties.record(leg2, misses(A).toFact());
        ties.record(leg2, scores(B).toFact());
        ties.record(leg2, misses(A).toFact());
        assertRefusedAndNothingStored(leg2, scores(B).toFact(), "SHOOTOUT_DECIDED");
        ties.finalWhistle(leg2);

        JsonNode tie = ties.decidedTie(tieId);
        assertThat(tie.path("winner").asText()).isEqualTo(B);
        assertThat(tie.path("eliminated").asText()).isEqualTo(A);
        assertThat(tie.path("decidedBy").asText()).isEqualTo("PENALTIES");
        assertThat(teams(tie.path("aggregate"))).isEqualTo("2-2");
        JsonNode secondLeg = tie.path("legs").get(1);
        assertThat(score(secondLeg.path("score"))).isEqualTo("2-1");
        assertThat(score(secondLeg.path("penalties"))).isEqualTo("3-0");
    }

    @Test
    void noShootoutWhenExtraTimeSeparatedTheTeams() {
        String tieId = ties.tie(competitionId, "Round of 16", A, B, 2);
        ties.fullTime(ties.leg(tieId, 1, A, B), TieApi.score(A, 1, B, 0));
        String leg2 = ties.leg(tieId, 2, B, A);
        ties.regularTime(leg2, TieApi.score(B, 1, A, 0));
        ties.extraTime(leg2, goal(B, "Beta striker", "100"));

        assertRefusedAndNothingStored(leg2, SHOOTOUT, "SHOOTOUT_NOT_NEEDED");
        ties.finalWhistle(leg2);

        JsonNode tie = ties.decidedTie(tieId);
        assertThat(tie.path("winner").asText()).isEqualTo(B);
        assertThat(tie.path("decidedBy").asText()).isEqualTo("EXTRA_TIME");
        assertThat(teams(tie.path("aggregate"))).isEqualTo("1-2");
        assertThat(tie.path("legs").get(1).has("penalties")).isFalse();
    }

    @Test
    void awayGoalsThatSeparateALevelAggregateLeaveNoExtraTime() {
        String withAwayGoals = ties.competition("UEFA Champions League", "2014-15", TieApi.rules(true, true, true));
        String tieId = ties.tie(withAwayGoals, "Round of 16", A, B, 2);
        ties.fullTime(ties.leg(tieId, 1, A, B), TieApi.score(A, 2, B, 1));
        String leg2 = ties.leg(tieId, 2, B, A);
        ties.regularTime(leg2, TieApi.score(B, 1, A, 0));

        assertRefusedAndNothingStored(leg2, EXTRA_TIME, "EXTRA_TIME_NOT_NEEDED");
        ties.finalWhistle(leg2);

        JsonNode tie = ties.decidedTie(tieId);
        assertThat(tie.path("winner").asText()).isEqualTo(B);
        assertThat(tie.path("decidedBy").asText()).isEqualTo("AWAY_GOALS");
        assertThat(teams(tie.path("aggregate"))).isEqualTo("2-2");
        assertThat(teams(tie.path("awayGoals"))).isEqualTo("0-1");
    }

    @Test
    void aSingleMatchUnderRulesWithoutExtraTimeGoesStraightToPenalties() {
        String noExtraTime = ties.competition("Cup without extra time", "2022-23", TieApi.rules(false, false, true));
        String tieId = ties.tie(noExtraTime, "Final", A, B, 1);
        String match = ties.leg(tieId, 1, A, B);
        ties.regularTime(match, TieApi.score(A, 2, B, 2));

        assertRefusedAndNothingStored(match, FINAL_WHISTLE, "TIE_UNDECIDED");
        assertRefusedAndNothingStored(match, EXTRA_TIME, "EXTRA_TIME_NOT_NEEDED");
        ties.shootout(match, scores(A), scores(B), scores(A), scores(B), scores(A), scores(B), scores(A),
                scores(B), scores(A), scores(B), misses(A), scores(B));
        ties.finalWhistle(match);

        JsonNode tie = ties.decidedTie(tieId);
        assertThat(tie.path("winner").asText()).isEqualTo(B);
        assertThat(tie.path("decidedBy").asText()).isEqualTo("PENALTIES");
        assertThat(score(tie.path("legs").get(0).path("penalties"))).isEqualTo("5-6");
    }

    // --- which matches a tie accepts as its legs

    @Test
    void aLegMustBeHostedInTurnByTheTiesTeams() {
        String tieId = ties.tie(competitionId, "Round of 16", A, B, 2);

        assertLegRefused(tieId, 1, B, A, "LEG_TEAMS_MISMATCH");
        assertLegRefused(tieId, 1, A, "Gamma FC", "LEG_TEAMS_MISMATCH");

        ties.leg(tieId, 1, A, B);
        assertLegRefused(tieId, 2, A, B, "LEG_TEAMS_MISMATCH");
        ties.leg(tieId, 2, B, A);
    }

    @Test
    void aTwoLeggedTieHasNoThirdLegAndASingleMatchNoSecond() {
        String twoLegs = ties.tie(competitionId, "Round of 16", A, B, 2);
        String matchId = "third-leg-" + UUID.randomUUID();
        Answer thirdLeg = ties.client().post("/api/matches", Map.of("matchId", matchId, "tieId", twoLegs, "leg", 3,
                "homeTeam", A, "awayTeam", B));
        assertThat(assertProblem(thirdLeg, 400).path("detail").asText()).contains("leg");
        assertThat(ties.storedEvents(matchId)).isEqualTo(-1);

        String single = ties.tie(competitionId, "Final", A, B, 1);
        assertLegRefused(single, 2, B, A, "LEG_NOT_IN_TIE");
    }

    @Test
    void eachLegIsPlayedByOneMatchOnly() {
        String tieId = ties.tie(competitionId, "Round of 16", A, B, 2);
        String leg1 = ties.leg(tieId, 1, A, B);

        assertLegRefused(tieId, 1, A, B, "LEG_ALREADY_TAKEN");

        ties.fullTime(leg1, TieApi.score(A, 1, B, 0));
        JsonNode tie = ties.tieWithFinishedLegs(tieId, 1);
        assertThat(tie.path("legs").get(0).path("matchId").asText()).isEqualTo(leg1);
    }

    @Test
    void aMatchCannotJoinAnUnknownTie() {
        String matchId = "orphan-" + UUID.randomUUID();
        Answer answer = ties.client().post("/api/matches", Map.of("matchId", matchId,
                "tieId", "no-such-tie-" + UUID.randomUUID(), "leg", 1, "homeTeam", A, "awayTeam", B));

        assertProblem(answer, 404);
        assertThat(ties.storedEvents(matchId)).isEqualTo(-1);
    }

    @Test
    void aTieCannotBelongToAnUnknownCompetition() {
        Answer answer = ties.createTie("no-such-competition-" + UUID.randomUUID(), "Round of 16", A, B, 2);

        assertProblem(answer, 404);
    }

    @Test
    void unknownTiesAndCompetitionsAreNotFound() {
        assertProblem(ties.client().get("/api/ties/no-such-tie-" + UUID.randomUUID()), 404);
        assertProblem(ties.client().get("/api/competitions/no-such-competition-" + UUID.randomUUID() + "/ties"),
                404);
    }

    /** Ties and competitions have streams of their own in the same store; they are not matches. */
    @Test
    void aTieIsNotAMatch() {
        String tieId = ties.tie(competitionId, "Round of 16", A, B, 2);

        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("GET the tie's stream as a match log", ties.client().get("/api/matches/" + tieId + "/events"));
        answers.put("GET the tie as a scoreboard", ties.client().get("/api/matches/" + tieId));
        answers.put("POST a fact to the tie as a match",
                ties.matches().record(tieId, fact("PERIOD_STARTED", "period", "FIRST_HALF")));
        answers.put("GET the competition's stream as a match log",
                ties.client().get("/api/matches/" + competitionId + "/events"));

        Map<String, String> statuses = new LinkedHashMap<>();
        answers.forEach((what, answer) -> statuses.put(what, answer.status() + " " + answer.body().path("detail")));
        assertThat(statuses).as("404 for each, not %s", statuses)
                .allSatisfy((what, status) -> assertThat(status).startsWith("404 "));
    }

    /**
     * A leg refused after the tie has accepted it (here: its match id is already taken by another match) must
     * leave the leg free, since nothing is stored on any error.
     */
    @Test
    void aMatchThatCannotBeCreatedDoesNotTakeTheLeg() {
        String tieId = ties.tie(competitionId, "Round of 16", A, B, 2);
        String friendly = ties.matches().create(Map.of("matchId", "friendly-" + UUID.randomUUID(),
                "homeTeam", A, "awayTeam", B));

        Answer duplicate = ties.client().post("/api/matches", Map.of("matchId", friendly, "tieId", tieId, "leg", 1,
                "homeTeam", A, "awayTeam", B));
        assertProblem(duplicate, 409);

        Answer realLeg = ties.createLeg(tieId, 1, A, B);
        assertThat(realLeg.status()).as("leg 1 after a refused attempt: %s", realLeg.body()).isEqualTo(201);
    }

    /** The second leg cannot join the tie before the first: the tie's rules read its legs in turn. */
    @Test
    void aSecondLegCannotJoinBeforeTheFirst() {
        String tieId = ties.tie(competitionId, "Round of 16", A, B, 2);

        assertLegRefused(tieId, 2, B, A, "LEG_OUT_OF_ORDER");
    }

    private void assertRefusedAndNothingStored(String matchId, Map<String, ?> fact, String rule) {
        int before = ties.storedEvents(matchId);
        assertRefused(ties.matches().record(matchId, fact), rule);
        assertThat(ties.storedEvents(matchId)).as("events of %s after the refused %s", matchId, fact)
                .isEqualTo(before);
    }

    private void assertLegRefused(String tieId, int leg, String home, String away, String rule) {
        String matchId = "refused-leg-" + UUID.randomUUID();
        Answer answer = ties.client().post("/api/matches", Map.of("matchId", matchId, "tieId", tieId, "leg", leg,
                "homeTeam", home, "awayTeam", away));
        assertRefused(answer, rule);
        assertThat(ties.storedEvents(matchId)).as("a refused leg stores no match").isEqualTo(-1);
    }
}
