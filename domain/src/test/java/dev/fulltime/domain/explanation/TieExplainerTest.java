package dev.fulltime.domain.explanation;

import static dev.fulltime.domain.match.Period.EXTRA_TIME_FIRST_HALF;
import static dev.fulltime.domain.match.Period.EXTRA_TIME_SECOND_HALF;
import static dev.fulltime.domain.match.Period.FIRST_HALF;
import static dev.fulltime.domain.match.Period.PENALTY_SHOOTOUT;
import static dev.fulltime.domain.match.Period.SECOND_HALF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.tie.CompetitionRules;
import dev.fulltime.domain.tie.DecidedBy;
import dev.fulltime.domain.tie.TieCreated;
import dev.fulltime.domain.tie.TieFormat;
import dev.fulltime.domain.tie.TieStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class TieExplainerTest {

    private static final String LIVERPOOL = "Liverpool FC";
    private static final String REAL = "Real Madrid";
    private static final CompetitionRules WITHOUT_AWAY_GOALS = new CompetitionRules(false, true, true);
    private static final CompetitionRules WITH_AWAY_GOALS = new CompetitionRules(true, true, true);

    private static TieCreated twoLegs(String teamA, String teamB, CompetitionRules rules) {
        return new TieCreated("tie", "competition", "Round of 16", teamA, teamB, TieFormat.TWO_LEGS, rules);
    }

    private static TieCreated single(String round, String teamA, String teamB) {
        return new TieCreated("tie", "competition", round, teamA, teamB, TieFormat.SINGLE_MATCH, WITHOUT_AWAY_GOALS);
    }

    /** 2-5 at Anfield, as the seed story has it. */
    private static MatchScript anfield() {
        return MatchScript.scheduled("leg-1", LIVERPOOL, REAL, "Anfield", "2023-02-21T20:00:00Z")
                .start(FIRST_HALF)
                .goal("nunez-4", LIVERPOOL, "Darwin Núñez", "4")
                .goal("salah-14", LIVERPOOL, "Mohamed Salah", "14")
                .goal("vini-21", REAL, "Vinícius Júnior", "21")
                .goal("vini-36", REAL, "Vinícius Júnior", "36")
                .halfTime()
                .goal("militao-47", REAL, "Éder Militão", "47")
                .goal("benzema-55", REAL, "Karim Benzema", "55")
                .goal("benzema-67", REAL, "Karim Benzema", "67")
                .end(SECOND_HALF).finalWhistle("whistle-1");
    }

    /** 1-0 at the Bernabéu. */
    private static MatchScript bernabeu() {
        return MatchScript.scheduled("leg-2", REAL, LIVERPOOL, "Santiago Bernabéu", "2023-03-15T20:00:00Z")
                .start(FIRST_HALF).halfTime()
                .goal("benzema-78", REAL, "Karim Benzema", "78")
                .end(SECOND_HALF).finalWhistle("whistle-2");
    }

    @Test
    void theSeedTieIsWonOnAggregateAndEveryGoalIsCited() {
        TieExplanation explanation = TieExplainer.explain(twoLegs(LIVERPOOL, REAL, WITHOUT_AWAY_GOALS),
                List.of(anfield().record(), bernabeu().record()));

        assertThat(explanation.status()).isEqualTo(TieStatus.DECIDED);
        assertThat(explanation.winner()).isEqualTo(REAL);
        assertThat(explanation.decidedBy()).isEqualTo(DecidedBy.AGGREGATE);
        assertThat(explanation.summary())
                .isEqualTo("Real Madrid win 6-2 on aggregate: 5-2 at Anfield, 1-0 at the Santiago Bernabéu");
        assertThat(explanation.steps()).extracting(ExplanationStep::kind).containsExactly(
                StepKind.LEG, StepKind.GOAL_COUNTED, StepKind.GOAL_COUNTED, StepKind.GOAL_COUNTED,
                StepKind.GOAL_COUNTED, StepKind.GOAL_COUNTED, StepKind.GOAL_COUNTED, StepKind.GOAL_COUNTED,
                StepKind.RESULT,
                StepKind.LEG, StepKind.GOAL_COUNTED, StepKind.RESULT,
                StepKind.TIE_DECIDED);
        assertThat(explanation.steps()).extracting(ExplanationStep::text, ExplanationStep::eventIds).contains(
                tuple("Leg 1: Liverpool FC v Real Madrid at Anfield", List.of("scheduled-leg-1")),
                tuple("Leg 2: Real Madrid v Liverpool FC at the Santiago Bernabéu", List.of("scheduled-leg-2")),
                tuple("Karim Benzema's goal (Real Madrid) at 78' counts (1-0)", List.of("benzema-78")));
        ExplanationStep decision = explanation.steps().get(12);
        assertThat(decision.text())
                .isEqualTo("Decided on aggregate: Real Madrid outscore Liverpool FC 6-2 over the two legs");
        assertThat(decision.eventIds()).containsExactly("nunez-4", "salah-14", "vini-21", "vini-36", "militao-47",
                "benzema-55", "benzema-67", "whistle-1", "benzema-78", "whistle-2");
    }

    @Test
    void betweenTheLegsTheTieIsInProgressWithNoWinner() {
        TieCreated tie = twoLegs(LIVERPOOL, REAL, WITHOUT_AWAY_GOALS);
        MatchScript secondLeg = MatchScript.scheduled("leg-2", REAL, LIVERPOOL, "Santiago Bernabéu",
                "2023-03-15T20:00:00Z");

        TieExplanation afterLegOne = TieExplainer.explain(tie, List.of(anfield().record()));
        TieExplanation duringLegTwo = TieExplainer.explain(tie,
                List.of(anfield().record(), secondLeg.start(FIRST_HALF).record()));

        assertThat(afterLegOne.status()).isEqualTo(TieStatus.IN_PROGRESS);
        assertThat(afterLegOne.winner()).isNull();
        assertThat(afterLegOne.decidedBy()).isNull();
        assertThat(afterLegOne.summary())
                .isEqualTo("Liverpool FC v Real Madrid is in progress: Real Madrid lead 5-2 on aggregate");
        ExplanationStep last = afterLegOne.steps().get(afterLegOne.steps().size() - 1);
        assertThat(last.kind()).isEqualTo(StepKind.TIE_IN_PROGRESS);
        assertThat(last.text())
                .isEqualTo("No winner yet: Real Madrid lead 5-2 on aggregate; leg 2 is still to be played");
        assertThat(last.eventIds()).hasSize(7);
        assertThat(duringLegTwo.steps().get(duringLegTwo.steps().size() - 1).text())
                .isEqualTo("No winner yet: Real Madrid lead 5-2 on aggregate; leg 2 is being played");
    }

    @Test
    void aTieWithNoLegPlayedHasNotKickedOff() {
        TieExplanation explanation = TieExplainer.explain(twoLegs(LIVERPOOL, REAL, WITHOUT_AWAY_GOALS), List.of());

        assertThat(explanation.summary()).isEqualTo("Liverpool FC v Real Madrid has not kicked off");
        assertThat(explanation.steps()).extracting(ExplanationStep::kind, ExplanationStep::text).containsExactly(
                tuple(StepKind.TIE_IN_PROGRESS,
                        "No winner yet: level at 0-0 on aggregate; leg 1 is still to be played"));
    }

    @Test
    void awayGoalsSeparateALevelAggregateWithTheirCounts() {
        String bayern = "FC Bayern München";
        String psg = "Paris Saint-Germain";
        MatchScript munich = MatchScript.scheduled("leg-1", bayern, psg, "Allianz Arena", "2021-04-07T19:00:00Z")
                .start(FIRST_HALF)
                .goal("mbappe-3", psg, "Kylian Mbappé", "3")
                .goal("marquinhos-28", psg, "Marquinhos", "28")
                .goal("choupo-37", bayern, "Eric Maxim Choupo-Moting", "37")
                .halfTime()
                .goal("muller-60", bayern, "Thomas Müller", "60")
                .goal("mbappe-68", psg, "Kylian Mbappé", "68")
                .end(SECOND_HALF).finalWhistle("whistle-1");
        MatchScript paris = MatchScript.scheduled("leg-2", psg, bayern, "Parc des Princes", "2021-04-13T19:00:00Z")
                .start(FIRST_HALF).halfTime()
                .goal("choupo-40", bayern, "Eric Maxim Choupo-Moting", "50")
                .end(SECOND_HALF).finalWhistle("whistle-2");

        TieExplanation explanation = TieExplainer.explain(twoLegs(bayern, psg, WITH_AWAY_GOALS),
                List.of(munich.record(), paris.record()));

        assertThat(explanation.decidedBy()).isEqualTo(DecidedBy.AWAY_GOALS);
        assertThat(explanation.summary()).isEqualTo("Paris Saint-Germain go through on away goals (3-1) after 3-3 "
                + "on aggregate: 3-2 at the Allianz Arena, 0-1 at the Parc des Princes");
        ExplanationStep decision = explanation.steps().get(explanation.steps().size() - 1);
        assertThat(decision.text()).isEqualTo("Decided on away goals: level at 3-3 on aggregate, Paris Saint-Germain "
                + "scored 3 away from home to FC Bayern München's 1");
        assertThat(decision.eventIds()).containsExactly("mbappe-3", "marquinhos-28", "mbappe-68", "whistle-1",
                "choupo-40", "whistle-2");
    }

    @Test
    void aShootoutDecidesATieLevelOnAggregateAfterExtraTime() {
        MatchScript first = MatchScript.scheduled("leg-1", LIVERPOOL, REAL, "Anfield", "2023-02-21T20:00:00Z")
                .start(FIRST_HALF).goal("salah", LIVERPOOL, "Mohamed Salah", "10").halfTime()
                .end(SECOND_HALF).finalWhistle("whistle-1");
        MatchScript second = MatchScript.scheduled("leg-2", REAL, LIVERPOOL, null, "2023-03-15T20:00:00Z")
                .start(FIRST_HALF).goal("benzema", REAL, "Karim Benzema", "20").halfTime().end(SECOND_HALF)
                .start(EXTRA_TIME_FIRST_HALF).end(EXTRA_TIME_FIRST_HALF)
                .start(EXTRA_TIME_SECOND_HALF).end(EXTRA_TIME_SECOND_HALF)
                .start(PENALTY_SHOOTOUT)
                .kick("k1", REAL, null, true).kick("k2", LIVERPOOL, null, true)
                .kick("k3", REAL, null, true).kick("k4", LIVERPOOL, null, true)
                .kick("k5", REAL, null, true).kick("k6", LIVERPOOL, null, true)
                .kick("k7", REAL, null, false).kick("k8", LIVERPOOL, null, false)
                .kick("k9", REAL, null, true).kick("k10", LIVERPOOL, null, false)
                .finalWhistle("whistle-2");

        TieExplanation explanation = TieExplainer.explain(twoLegs(LIVERPOOL, REAL, WITHOUT_AWAY_GOALS),
                List.of(first.record(), second.record()));

        assertThat(explanation.decidedBy()).isEqualTo(DecidedBy.PENALTIES);
        assertThat(explanation.summary()).isEqualTo("Real Madrid win 4-3 on penalties after 1-1 on aggregate: "
                + "0-1 at Anfield, 1-0 at home");
        assertThat(explanation.steps()).extracting(ExplanationStep::kind).containsSubsequence(
                StepKind.LEG, StepKind.GOAL_COUNTED, StepKind.SHOOTOUT, StepKind.RESULT, StepKind.TIE_DECIDED);
        ExplanationStep decision = explanation.steps().get(explanation.steps().size() - 1);
        assertThat(decision.text()).isEqualTo("Decided on penalties: level at 1-1 on aggregate after extra time, "
                + "Real Madrid win the shoot-out 4-3");
        assertThat(decision.eventIds()).containsExactly("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10");
    }

    @Test
    void extraTimeInTheSecondLegDecidesALevelAggregate() {
        MatchScript first = MatchScript.scheduled("leg-1", LIVERPOOL, REAL, "Anfield", "2023-02-21T20:00:00Z")
                .start(FIRST_HALF).goal("salah", LIVERPOOL, "Mohamed Salah", "10").halfTime()
                .goal("vini", REAL, "Vinícius Júnior", "50").goal("nunez", LIVERPOOL, "Darwin Núñez", "60")
                .end(SECOND_HALF).finalWhistle("whistle-1");
        MatchScript second = MatchScript.scheduled("leg-2", REAL, LIVERPOOL, "Santiago Bernabéu",
                        "2023-03-15T20:00:00Z")
                .start(FIRST_HALF).goal("benzema", REAL, "Karim Benzema", "20").halfTime().end(SECOND_HALF)
                .start(EXTRA_TIME_FIRST_HALF).goal("modric", REAL, "Luka Modrić", "99").end(EXTRA_TIME_FIRST_HALF)
                .start(EXTRA_TIME_SECOND_HALF).end(EXTRA_TIME_SECOND_HALF)
                .finalWhistle("whistle-2");

        TieExplanation explanation = TieExplainer.explain(twoLegs(LIVERPOOL, REAL, WITHOUT_AWAY_GOALS),
                List.of(first.record(), second.record()));

        assertThat(explanation.decidedBy()).isEqualTo(DecidedBy.EXTRA_TIME);
        assertThat(explanation.summary()).isEqualTo("Real Madrid win 3-2 on aggregate after extra time: "
                + "1-2 at Anfield, 2-0 at the Santiago Bernabéu");
        ExplanationStep decision = explanation.steps().get(explanation.steps().size() - 1);
        assertThat(decision.text()).isEqualTo("Decided in extra time: level on aggregate after 90 minutes, "
                + "Real Madrid outscore Liverpool FC 1-0 in extra time and win 3-2 on aggregate");
        assertThat(decision.eventIds()).containsExactly("modric", "whistle-2");
    }

    @Test
    void aSingleMatchFinalWonInExtraTimeSaysSo() {
        String atletico = "Atlético de Madrid";
        MatchScript lisbon = MatchScript.scheduled("final", REAL, atletico, "Estádio da Luz", "2014-05-24T18:45:00Z")
                .start(FIRST_HALF).goal("godin", atletico, "Diego Godín", "36").halfTime()
                .goal("ramos", REAL, "Sergio Ramos", "90+3").end(SECOND_HALF)
                .start(EXTRA_TIME_FIRST_HALF).end(EXTRA_TIME_FIRST_HALF)
                .start(EXTRA_TIME_SECOND_HALF)
                .goal("bale", REAL, "Gareth Bale", "110")
                .goal("marcelo", REAL, "Marcelo", "118")
                .goal("ronaldo", REAL, "Cristiano Ronaldo", "120", GoalKind.PENALTY)
                .end(EXTRA_TIME_SECOND_HALF).finalWhistle("whistle");

        TieExplanation explanation = TieExplainer.explain(single("Final", REAL, atletico),
                List.of(lisbon.record()));

        assertThat(explanation.decidedBy()).isEqualTo(DecidedBy.EXTRA_TIME);
        assertThat(explanation.summary())
                .isEqualTo("Real Madrid win the final 4-1 after extra time at the Estádio da Luz");
        assertThat(explanation.steps().get(0).text())
                .isEqualTo("The final: Real Madrid v Atlético de Madrid at the Estádio da Luz");
        assertThat(explanation.steps()).extracting(ExplanationStep::text)
                .contains("Cristiano Ronaldo's penalty (Real Madrid) at 120' counts (4-1)");
        ExplanationStep decision = explanation.steps().get(explanation.steps().size() - 1);
        assertThat(decision.text()).isEqualTo("Decided in extra time: level after 90 minutes, Real Madrid outscore "
                + "Atlético de Madrid 3-0 in extra time and win 4-1");
        assertThat(decision.eventIds()).containsExactly("bale", "marcelo", "ronaldo", "whistle");
    }

    @Test
    void theParisFinalIsWonOnTheScoreWithItsAmendmentsExplained() {
        MatchScript paris = MatchScript.scheduled("final", LIVERPOOL, REAL, "Stade de France, Saint-Denis",
                        "2022-05-28T19:00:00Z")
                .start(FIRST_HALF)
                .goalIn("benzema", REAL, "Karim Benzema", FIRST_HALF)
                .disallow("var", "benzema", "offside after a VAR review")
                .halfTime()
                .goal("vinicius", REAL, "Vinícius Júnior", "58")
                .correct("to-59", "vinicius", null, "59", null, null)
                .end(SECOND_HALF).finalWhistle("whistle");

        TieExplanation explanation = TieExplainer.explain(single("Final", LIVERPOOL, REAL), List.of(paris.record()));

        assertThat(explanation.summary())
                .isEqualTo("Real Madrid win the final 1-0 at the Stade de France, Saint-Denis");
        assertThat(explanation.steps()).extracting(ExplanationStep::kind, ExplanationStep::eventIds).containsExactly(
                tuple(StepKind.LEG, List.of("scheduled-final")),
                tuple(StepKind.GOAL_EXCLUDED, List.of("benzema", "var")),
                tuple(StepKind.CORRECTION_APPLIED, List.of("vinicius", "to-59")),
                tuple(StepKind.RESULT, List.of("vinicius", "whistle")),
                tuple(StepKind.TIE_DECIDED, List.of("vinicius", "whistle")));
        assertThat(explanation.steps().get(4).text())
                .isEqualTo("Decided on the score: Real Madrid beat Liverpool FC 1-0 in 90 minutes");
    }

    @Test
    void aSingleMatchThatIsNotAFinalIsWonWithoutNamingIt() {
        MatchScript playoff = MatchScript.scheduled("m", LIVERPOOL, REAL, "Anfield", "2023-02-21T20:00:00Z")
                .start(FIRST_HALF).goal("salah", LIVERPOOL, "Mohamed Salah", "10").halfTime()
                .end(SECOND_HALF).finalWhistle("whistle");

        TieExplanation explanation = TieExplainer.explain(single("Play-off", LIVERPOOL, REAL),
                List.of(playoff.record()));

        assertThat(explanation.summary()).isEqualTo("Liverpool FC win 1-0 at Anfield");
        assertThat(explanation.steps().get(0).text()).isEqualTo("The match: Liverpool FC v Real Madrid at Anfield");
    }
}
