package dev.fulltime.domain.explanation;

import static dev.fulltime.domain.match.Period.EXTRA_TIME_FIRST_HALF;
import static dev.fulltime.domain.match.Period.EXTRA_TIME_SECOND_HALF;
import static dev.fulltime.domain.match.Period.FIRST_HALF;
import static dev.fulltime.domain.match.Period.PENALTY_SHOOTOUT;
import static dev.fulltime.domain.match.Period.SECOND_HALF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.MatchStatus;
import dev.fulltime.domain.match.Score;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchExplainerTest {

    private static final String LIVERPOOL = "Liverpool FC";
    private static final String REAL = "Real Madrid";

    private static MatchScript atAnfield() {
        return MatchScript.scheduled("leg-1", LIVERPOOL, REAL, "Anfield", "2023-02-21T20:00:00Z");
    }

    @Test
    void theParisFinalExcludesTheDisallowedGoalAndCountsTheCorrectedOne() {
        MatchScript paris = MatchScript.scheduled("final", LIVERPOOL, REAL, "Stade de France, Saint-Denis",
                        "2022-05-28T19:00:00Z")
                .start(FIRST_HALF)
                .goalIn("benzema", REAL, "Karim Benzema", FIRST_HALF)
                .by("var-desk").disallow("var", "benzema", "offside after a VAR review")
                .by("scorer").halfTime()
                .goal("vinicius", REAL, "Vinícius Júnior", "58")
                .by("editor").correct("to-59", "vinicius", null, "59", null, null)
                .by("scorer").end(SECOND_HALF).finalWhistle("whistle");

        MatchExplanation explanation = MatchExplainer.explain(paris.record());

        assertThat(explanation.matchId()).isEqualTo("final");
        assertThat(explanation.status()).isEqualTo(MatchStatus.FINISHED);
        assertThat(explanation.summary()).isEqualTo("Real Madrid win 1-0 at the Stade de France, Saint-Denis");
        assertThat(explanation.steps()).extracting(ExplanationStep::kind, ExplanationStep::text,
                ExplanationStep::eventIds).containsExactly(
                tuple(StepKind.GOAL_EXCLUDED, "Karim Benzema's goal (Real Madrid) in the first half is excluded: "
                        + "disallowed by var-desk at " + paris.recordedAt("var") + " — offside after a VAR review",
                        List.of("benzema", "var")),
                tuple(StepKind.CORRECTION_APPLIED, "Vinícius Júnior's goal (Real Madrid) at 59' counts (0-1); "
                        + "corrected from 58' by editor at " + paris.recordedAt("to-59"),
                        List.of("vinicius", "to-59")),
                tuple(StepKind.RESULT, "Full time at the Stade de France, Saint-Denis: Liverpool FC 0-1 Real Madrid",
                        List.of("vinicius", "whistle")));
    }

    @Test
    void goalsAreTakenInMatchClockOrderWithTheScoreEachMakes() {
        MatchScript anfield = atAnfield().start(FIRST_HALF)
                .goal("salah", LIVERPOOL, "Mohamed Salah", "14")
                .goal("nunez", LIVERPOOL, "Darwin Núñez", "4")
                .goal("vini", REAL, "Vinícius Júnior", "21")
                .halfTime()
                .goal("militao", REAL, "Éder Militão", "47")
                .end(SECOND_HALF).finalWhistle("whistle");

        MatchExplanation explanation = MatchExplainer.explain(anfield.record());

        assertThat(explanation.summary()).isEqualTo("Liverpool FC and Real Madrid draw 2-2 at Anfield");
        assertThat(explanation.steps()).extracting(ExplanationStep::text).containsExactly(
                "Darwin Núñez's goal (Liverpool FC) at 4' counts (1-0)",
                "Mohamed Salah's goal (Liverpool FC) at 14' counts (2-0)",
                "Vinícius Júnior's goal (Real Madrid) at 21' counts (2-1)",
                "Éder Militão's goal (Real Madrid) at 47' counts (2-2)",
                "Full time at Anfield: Liverpool FC 2-2 Real Madrid");
        assertThat(explanation.steps().get(4).eventIds())
                .containsExactly("nunez", "salah", "vini", "militao", "whistle");
    }

    @Test
    void aRetractedGoalIsExcludedWithItsReasonAndLeavesTheScore() {
        MatchScript anfield = atAnfield().start(FIRST_HALF)
                .goal("wrong", REAL, "Rodrygo", "30")
                .by("editor").retract("oops", "wrong", "recorded in error")
                .by("scorer").goal("right", LIVERPOOL, "Cody Gakpo", "31");

        MatchExplanation explanation = MatchExplainer.explain(anfield.record());

        assertThat(explanation.steps()).extracting(ExplanationStep::kind, ExplanationStep::text,
                ExplanationStep::eventIds).startsWith(
                tuple(StepKind.FACT_RETRACTED, "Rodrygo's goal (Real Madrid) at 30' is excluded: "
                        + "retracted by editor at " + anfield.recordedAt("oops") + " — recorded in error",
                        List.of("wrong", "oops")),
                tuple(StepKind.GOAL_COUNTED, "Cody Gakpo's goal (Liverpool FC) at 31' counts (1-0)",
                        List.of("right")));
    }

    @Test
    void ownGoalsPenaltiesAndUnnamedScorersAreNamedForTheSideTheyCountFor() {
        MatchScript anfield = atAnfield().start(FIRST_HALF)
                .goal("og", REAL, "Alisson", "12", GoalKind.OWN_GOAL)
                .goal("pen", LIVERPOOL, "Mohamed Salah", "30", GoalKind.PENALTY)
                .goal("nobody", REAL, null, "40");

        assertThat(MatchExplainer.explain(anfield.record()).steps()).extracting(ExplanationStep::text).startsWith(
                "Alisson's own goal (for Real Madrid) at 12' counts (0-1)",
                "Mohamed Salah's penalty (Liverpool FC) at 30' counts (1-1)",
                "A goal for Real Madrid at 40' counts (1-2)");
    }

    @Test
    void aCorrectionNamesWhatEachChangedValueWasAndCorrectionsFollowInTurn() {
        MatchScript anfield = atAnfield().start(FIRST_HALF)
                .goal("goal", LIVERPOOL, "Rodrygo", "20")
                .by("editor").correct("who", "goal", "Karim Benzema", null, GoalKind.PENALTY, REAL)
                .by("desk").correct("when", "goal", null, "21", null, null);

        ExplanationStep step = MatchExplainer.explain(anfield.record()).steps().get(0);

        assertThat(step.kind()).isEqualTo(StepKind.CORRECTION_APPLIED);
        assertThat(step.text()).isEqualTo("Karim Benzema's penalty (Real Madrid) at 21' counts (0-1); "
                + "corrected from Rodrygo, a regular goal, Liverpool FC by editor at " + anfield.recordedAt("who")
                + "; corrected from 20' by desk at " + anfield.recordedAt("when"));
        assertThat(step.eventIds()).containsExactly("goal", "who", "when");
    }

    @Test
    void withoutRecordingMetadataACorrectionSaysOnlyWhatChanged() {
        MatchRecord recorded = atAnfield().start(FIRST_HALF).halfTime()
                .goal("vinicius", REAL, "Vinícius Júnior", "58")
                .correct("to-59", "vinicius", null, "59", null, null).record();

        MatchExplanation explanation = MatchExplainer.explain(new MatchRecord(recorded.events(), Map.of()));

        assertThat(explanation.steps().get(0).text())
                .isEqualTo("Vinícius Júnior's goal (Real Madrid) at 59' counts (0-1); corrected from 58'");
    }

    @Test
    void aShootoutWonKickByKickDecidesAMatchLevelAfterExtraTime() {
        MatchScript anfield = atAnfield().start(FIRST_HALF)
                .goal("salah", LIVERPOOL, "Mohamed Salah", "10").halfTime()
                .goal("vini", REAL, "Vinícius Júnior", "90+2").end(SECOND_HALF)
                .start(EXTRA_TIME_FIRST_HALF).end(EXTRA_TIME_FIRST_HALF)
                .start(EXTRA_TIME_SECOND_HALF).end(EXTRA_TIME_SECOND_HALF)
                .start(PENALTY_SHOOTOUT)
                .kick("k1", LIVERPOOL, "Mohamed Salah", true)
                .kick("k2", REAL, "Luka Modrić", true)
                .kick("k3", LIVERPOOL, "Darwin Núñez", false)
                .kick("k4", REAL, null, true)
                .kick("k5", LIVERPOOL, "Cody Gakpo", true)
                .kick("k6", REAL, "Karim Benzema", true)
                .kick("k7", LIVERPOOL, "Virgil van Dijk", false)
                .kick("k8", REAL, "Toni Kroos", true)
                .finalWhistle("whistle");

        MatchExplanation explanation = MatchExplainer.explain(anfield.record());

        assertThat(explanation.summary()).isEqualTo("Real Madrid win 4-2 on penalties after 1-1 at Anfield");
        assertThat(explanation.steps()).extracting(ExplanationStep::kind).containsExactly(StepKind.GOAL_COUNTED,
                StepKind.GOAL_COUNTED, StepKind.SHOOTOUT, StepKind.RESULT);
        ExplanationStep shootout = explanation.steps().get(2);
        assertThat(shootout.text()).isEqualTo("Real Madrid win the penalty shoot-out 4-2: "
                + "Mohamed Salah (Liverpool FC) scores, Luka Modrić (Real Madrid) scores, "
                + "Darwin Núñez (Liverpool FC) misses, Real Madrid score, Cody Gakpo (Liverpool FC) scores, "
                + "Karim Benzema (Real Madrid) scores, Virgil van Dijk (Liverpool FC) misses, "
                + "Toni Kroos (Real Madrid) scores");
        assertThat(shootout.eventIds()).containsExactly("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8");
        assertThat(explanation.steps().get(3).text())
                .isEqualTo("Full time after extra time at Anfield: Liverpool FC 1-1 Real Madrid");
    }

    @Test
    void aShootoutKnownOnlyByItsTallySaysSo() {
        MatchScript anfield = atAnfield().start(FIRST_HALF).halfTime().end(SECOND_HALF)
                .start(PENALTY_SHOOTOUT).tally("tally", new Score(6, 5)).finalWhistle("whistle");

        MatchExplanation explanation = MatchExplainer.explain(anfield.record());

        assertThat(explanation.summary()).isEqualTo("Liverpool FC win 6-5 on penalties after 0-0 at Anfield");
        assertThat(explanation.steps()).extracting(ExplanationStep::kind, ExplanationStep::text,
                ExplanationStep::eventIds).contains(tuple(StepKind.SHOOTOUT,
                "Liverpool FC win the penalty shoot-out 6-5 (only its final tally is recorded)", List.of("tally")));
    }

    @Test
    void aShootoutStillBeingTakenStandsAtItsKicksSoFar() {
        MatchScript anfield = atAnfield().start(FIRST_HALF).halfTime().end(SECOND_HALF)
                .start(PENALTY_SHOOTOUT)
                .kick("k1", REAL, "Luka Modrić", true)
                .kick("k2", LIVERPOOL, "Mohamed Salah", false);

        MatchExplanation explanation = MatchExplainer.explain(anfield.record());

        assertThat(explanation.summary())
                .isEqualTo("In progress at Anfield: Liverpool FC 0-0 Real Madrid in the penalty shoot-out");
        assertThat(explanation.steps().get(0).text()).isEqualTo("The penalty shoot-out stands at Liverpool FC 0-1 "
                + "Real Madrid: Luka Modrić (Real Madrid) scores, Mohamed Salah (Liverpool FC) misses");
    }

    @Test
    void aWinnerInExtraTimeWinsAfterExtraTime() {
        MatchScript anfield = atAnfield().start(FIRST_HALF).halfTime().end(SECOND_HALF)
                .start(EXTRA_TIME_FIRST_HALF)
                .goal("late", LIVERPOOL, "Mohamed Salah", "105+1")
                .end(EXTRA_TIME_FIRST_HALF)
                .start(EXTRA_TIME_SECOND_HALF)
                .goalIn("unknown-minute", LIVERPOOL, "Diogo Jota", EXTRA_TIME_SECOND_HALF)
                .end(EXTRA_TIME_SECOND_HALF)
                .finalWhistle("whistle");

        MatchExplanation explanation = MatchExplainer.explain(anfield.record());

        assertThat(explanation.summary()).isEqualTo("Liverpool FC win 2-0 after extra time at Anfield");
        assertThat(explanation.steps()).extracting(ExplanationStep::text).containsExactly(
                "Mohamed Salah's goal (Liverpool FC) at 105+1' counts (1-0)",
                "Diogo Jota's goal (Liverpool FC) in the second half of extra time counts (2-0)",
                "Full time after extra time at Anfield: Liverpool FC 2-0 Real Madrid");
    }

    @Test
    void aMatchBeingPlayedIsInProgressAndSaysWhereItStands() {
        MatchScript anfield = atAnfield().start(FIRST_HALF).goal("nunez", LIVERPOOL, "Darwin Núñez", "4");

        MatchExplanation live = MatchExplainer.explain(anfield.record());
        MatchExplanation atHalfTime = MatchExplainer.explain(anfield.end(FIRST_HALF).record());

        assertThat(live.status()).isEqualTo(MatchStatus.LIVE);
        assertThat(live.summary()).isEqualTo("In progress at Anfield: Liverpool FC 1-0 Real Madrid in the first half");
        assertThat(live.steps()).extracting(ExplanationStep::kind, ExplanationStep::text).containsExactly(
                tuple(StepKind.GOAL_COUNTED, "Darwin Núñez's goal (Liverpool FC) at 4' counts (1-0)"),
                tuple(StepKind.RESULT, "So far at Anfield: Liverpool FC 1-0 Real Madrid in the first half"));
        assertThat(atHalfTime.summary())
                .isEqualTo("In progress at Anfield: Liverpool FC 1-0 Real Madrid after the first half");
    }

    @Test
    void aMatchNotKickedOffHasNothingToExplainYet() {
        MatchExplanation explanation = MatchExplainer.explain(atAnfield().record());

        assertThat(explanation.status()).isEqualTo(MatchStatus.SCHEDULED);
        assertThat(explanation.summary()).isEqualTo("Liverpool FC v Real Madrid at Anfield has not kicked off");
        assertThat(explanation.steps()).isEmpty();
    }

    @Test
    void aDrawAtAnUnknownVenueNamesNoVenue() {
        MatchScript somewhere = MatchScript.scheduled("m", LIVERPOOL, REAL, null, "2023-02-21T20:00:00Z")
                .start(FIRST_HALF).goal("a", LIVERPOOL, "Mohamed Salah", "3").halfTime()
                .goal("b", REAL, "Karim Benzema", "80").end(SECOND_HALF).finalWhistle("whistle");

        assertThat(MatchExplainer.explain(somewhere.record()).summary())
                .isEqualTo("Liverpool FC and Real Madrid draw 1-1");
    }
}
