package dev.fulltime.domain.match;

import static dev.fulltime.domain.match.MatchCommands.AWAY;
import static dev.fulltime.domain.match.MatchCommands.HOME;
import static dev.fulltime.domain.match.MatchCommands.card;
import static dev.fulltime.domain.match.MatchCommands.correctKind;
import static dev.fulltime.domain.match.MatchCommands.correctMinute;
import static dev.fulltime.domain.match.MatchCommands.correctPlayer;
import static dev.fulltime.domain.match.MatchCommands.correctTeam;
import static dev.fulltime.domain.match.MatchCommands.disallow;
import static dev.fulltime.domain.match.MatchCommands.emptyCorrection;
import static dev.fulltime.domain.match.MatchCommands.goal;
import static dev.fulltime.domain.match.MatchCommands.retract;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fulltime.domain.match.event.FactCorrected;
import dev.fulltime.domain.match.event.FactRetracted;
import dev.fulltime.domain.match.event.GoalDisallowed;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MatchDeciderAmendmentsTest {

    /** First half in play: a goal at 43' ("goal") and a yellow card at 30' ("card"). */
    private static MatchFixture withGoalAndCard() {
        return MatchFixture.inFirstHalf()
                .then(goal("goal", AWAY, "Karim Benzema", "43"))
                .then(card("card", HOME, "Fabinho", "30", CardType.YELLOW));
    }

    @Nested
    class UnknownTarget {

        @Test
        void disallowingAnUnknownGoalIsRefused() {
            assertThat(withGoalAndCard().refusalOf(disallow("d", "nope"))).isEqualTo(Rule.UNKNOWN_TARGET);
        }

        @Test
        void correctingAnUnknownFactIsRefused() {
            assertThat(withGoalAndCard().refusalOf(correctMinute("c", "nope", "44"))).isEqualTo(Rule.UNKNOWN_TARGET);
        }

        @Test
        void retractingAnUnknownFactIsRefused() {
            assertThat(withGoalAndCard().refusalOf(retract("r", "nope"))).isEqualTo(Rule.UNKNOWN_TARGET);
        }

        @Test
        void anAmendmentIsNotAFactThatCanBeAmended() {
            MatchFixture match = withGoalAndCard().then(disallow("var", "goal"));

            assertThat(match.refusalOf(retract("r", "var"))).isEqualTo(Rule.UNKNOWN_TARGET);
        }
    }

    @Nested
    class RetractedTarget {

        private MatchFixture goalRetracted() {
            return withGoalAndCard().then(retract("r1", "goal"));
        }

        @Test
        void disallowingARetractedGoalIsRefused() {
            assertThat(goalRetracted().refusalOf(disallow("d", "goal"))).isEqualTo(Rule.TARGET_RETRACTED);
        }

        @Test
        void correctingARetractedGoalIsRefused() {
            assertThat(goalRetracted().refusalOf(correctMinute("c", "goal", "44"))).isEqualTo(Rule.TARGET_RETRACTED);
        }

        @Test
        void retractingARetractedGoalIsRefused() {
            assertThat(goalRetracted().refusalOf(retract("r2", "goal"))).isEqualTo(Rule.TARGET_RETRACTED);
        }
    }

    @Nested
    class WrongTargetType {

        @Test
        void aCardCannotBeDisallowed() {
            assertThat(withGoalAndCard().refusalOf(disallow("d", "card"))).isEqualTo(Rule.WRONG_TARGET_TYPE);
        }

        @Test
        void theStartOfAPeriodCannotBeCorrected() {
            assertThat(withGoalAndCard().refusalOf(correctMinute("c", "start-FIRST_HALF", "1")))
                    .isEqualTo(Rule.WRONG_TARGET_TYPE);
        }

        @Test
        void aCardHasNoKindToCorrect() {
            assertThat(withGoalAndCard().refusalOf(correctKind("c", "card", GoalKind.PENALTY)))
                    .isEqualTo(Rule.WRONG_TARGET_TYPE);
        }

        @Test
        void theStartOfAPeriodCannotBeRetracted() {
            assertThat(withGoalAndCard().refusalOf(retract("r", "start-FIRST_HALF")))
                    .isEqualTo(Rule.WRONG_TARGET_TYPE);
        }
    }

    @Nested
    class OtherRefusals {

        @Test
        void aGoalCannotBeDisallowedTwice() {
            MatchFixture match = withGoalAndCard().then(disallow("d1", "goal"));

            assertThat(match.refusalOf(disallow("d2", "goal"))).isEqualTo(Rule.GOAL_ALREADY_DISALLOWED);
        }

        @Test
        void aCorrectionMustChangeSomething() {
            assertThat(withGoalAndCard().refusalOf(emptyCorrection("c", "goal"))).isEqualTo(Rule.NOTHING_TO_CORRECT);
        }

        @Test
        void aCorrectedMinuteMustStayInTheTargetsPeriod() {
            MatchFixture secondHalf = withGoalAndCard().end(Period.FIRST_HALF).start(Period.SECOND_HALF);

            assertThat(secondHalf.refusalOf(correctMinute("c", "goal", "59"))).isEqualTo(Rule.MINUTE_OUTSIDE_PERIOD);
        }

        @Test
        void aCorrectedTeamMustBeInTheMatch() {
            assertThat(withGoalAndCard().refusalOf(correctTeam("c", "goal", "Manchester City")))
                    .isEqualTo(Rule.TEAM_NOT_IN_MATCH);
        }

        @Test
        void aGoalCannotBeDisallowedAfterTheFinalWhistle() {
            MatchFixture finished = withGoalAndCard().end(Period.FIRST_HALF).start(Period.SECOND_HALF)
                    .end(Period.SECOND_HALF).endMatch();

            assertThat(finished.refusalOf(disallow("d", "goal"))).isEqualTo(Rule.MATCH_FINISHED);
        }
    }

    @Nested
    class Accepted {

        @Test
        void aDisallowanceNamesTheGoal() {
            assertThat(withGoalAndCard().decide(disallow("d", "goal")))
                    .containsExactly(new GoalDisallowed("d", "goal", "offside"));
        }

        @Test
        void aCorrectionOfTeamNamesTheSide() {
            assertThat(withGoalAndCard().decide(correctTeam("c", "goal", HOME)))
                    .containsExactly(new FactCorrected("c", "goal", null, null, null, Side.HOME));
        }

        @Test
        void aFactOfAnEarlierPeriodCanBeCorrectedLater() {
            MatchFixture secondHalf = withGoalAndCard().end(Period.FIRST_HALF).start(Period.SECOND_HALF);

            assertThat(secondHalf.then(correctMinute("c", "goal", "45+1")).fact("goal").minute())
                    .isEqualTo(Minute.of(45, 1));
        }

        @Test
        void theRecordCanBeCorrectedAndRetractedAfterTheFinalWhistle() {
            MatchFixture finished = withGoalAndCard().end(Period.FIRST_HALF).start(Period.SECOND_HALF)
                    .end(Period.SECOND_HALF).endMatch();

            assertThat(finished.decide(correctPlayer("c", "goal", "Vinícius Júnior"))).hasSize(1);
            assertThat(finished.decide(retract("r", "card")))
                    .containsExactly(new FactRetracted("r", "card", "recorded in error"));
        }

        @Test
        void aDisallowedGoalMayStillBeRetracted() {
            MatchFixture match = withGoalAndCard().then(disallow("d", "goal")).then(retract("r", "goal"));

            assertThat(match.fact("goal").status()).isEqualTo(FactStatus.RETRACTED);
            assertThat(match.fact("goal").amendedBy()).containsExactly("d", "r");
        }

        @Test
        void correctingADisallowedGoalLeavesItDisallowed() {
            MatchFixture match = withGoalAndCard().then(disallow("d", "goal")).then(correctMinute("c", "goal", "44"));

            assertThat(match.fact("goal")).extracting(Fact::status, Fact::minute)
                    .containsExactly(FactStatus.DISALLOWED, Minute.of(44));
        }
    }
}
