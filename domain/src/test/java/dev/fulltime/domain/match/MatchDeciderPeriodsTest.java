package dev.fulltime.domain.match;

import static dev.fulltime.domain.match.MatchCommands.AWAY;
import static dev.fulltime.domain.match.MatchCommands.HOME;
import static dev.fulltime.domain.match.MatchCommands.endMatch;
import static dev.fulltime.domain.match.MatchCommands.endPeriod;
import static dev.fulltime.domain.match.MatchCommands.schedule;
import static dev.fulltime.domain.match.MatchCommands.startPeriod;
import static dev.fulltime.domain.match.MatchFixture.afterSecondHalf;
import static dev.fulltime.domain.match.MatchFixture.atHalfTime;
import static dev.fulltime.domain.match.MatchFixture.finished;
import static dev.fulltime.domain.match.MatchFixture.inFirstHalf;
import static dev.fulltime.domain.match.MatchFixture.inSecondHalf;
import static dev.fulltime.domain.match.MatchFixture.inShootout;
import static dev.fulltime.domain.match.MatchFixture.scheduled;
import static dev.fulltime.domain.match.MatchFixture.unscheduled;
import static dev.fulltime.domain.match.Period.EXTRA_TIME_FIRST_HALF;
import static dev.fulltime.domain.match.Period.EXTRA_TIME_SECOND_HALF;
import static dev.fulltime.domain.match.Period.FIRST_HALF;
import static dev.fulltime.domain.match.Period.PENALTY_SHOOTOUT;
import static dev.fulltime.domain.match.Period.SECOND_HALF;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fulltime.domain.match.command.EndMatch;
import dev.fulltime.domain.match.command.StartPeriod;
import dev.fulltime.domain.match.event.MatchEnded;
import dev.fulltime.domain.match.event.MatchScheduled;
import dev.fulltime.domain.match.event.PeriodStarted;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MatchDeciderPeriodsTest {

    @Nested
    class Scheduling {

        @Test
        void schedulesAMatchBetweenTwoTeams() {
            MatchState state = scheduled().state();

            assertThat(state.exists()).isTrue();
            assertThat(state.match()).extracting(MatchScheduled::homeTeam, MatchScheduled::awayTeam)
                    .containsExactly(HOME, AWAY);
            assertThat(state.version()).isZero();
            assertThat(state.status()).isEqualTo(MatchStatus.SCHEDULED);
        }

        @Test
        void schedulingTheSameMatchTwiceIsRefused() {
            assertThat(scheduled().refusalOf(schedule(HOME, AWAY))).isEqualTo(Rule.MATCH_ALREADY_SCHEDULED);
        }

        @Test
        void aTeamCannotPlayItself() {
            assertThat(unscheduled().refusalOf(schedule(HOME, HOME))).isEqualTo(Rule.SAME_TEAM_TWICE);
        }
    }

    @Nested
    class PeriodModel {

        @Test
        void playsEveryPeriodInOrderThroughToTheFinalWhistle() {
            MatchFixture match = afterSecondHalf()
                    .start(EXTRA_TIME_FIRST_HALF).end(EXTRA_TIME_FIRST_HALF)
                    .start(EXTRA_TIME_SECOND_HALF).end(EXTRA_TIME_SECOND_HALF)
                    .start(PENALTY_SHOOTOUT).kicks(Side.HOME, true, false, true, false, true, false)
                    .endMatch();

            MatchState state = match.state();
            assertThat(state.startedPeriods()).containsExactly(FIRST_HALF, SECOND_HALF, EXTRA_TIME_FIRST_HALF,
                    EXTRA_TIME_SECOND_HALF, PENALTY_SHOOTOUT);
            assertThat(state.ended()).isTrue();
            assertThat(state.status()).isEqualTo(MatchStatus.FINISHED);
        }

        @Test
        void aShootoutMayFollowTheSecondHalfStraightAway() {
            MatchState state = inShootout().state();

            assertThat(state.startedPeriods()).containsExactly(FIRST_HALF, SECOND_HALF, PENALTY_SHOOTOUT);
            assertThat(state.periodInPlay()).isTrue();
        }

        @Test
        void startingAPeriodAddsOnePeriodStarted() {
            StartPeriod command = startPeriod(SECOND_HALF);

            assertThat(atHalfTime().decide(command)).containsExactly(new PeriodStarted(command.eventId(), SECOND_HALF));
        }

        @Test
        void knowsThePeriodInPlayAndTheIntervalsBetween() {
            assertThat(scheduled().state().currentPeriod()).isEmpty();
            assertThat(inFirstHalf().state()).extracting(MatchState::currentPeriod, MatchState::periodInPlay)
                    .containsExactly(Optional.of(FIRST_HALF), true);
            assertThat(atHalfTime().state()).extracting(MatchState::currentPeriod, MatchState::periodInPlay)
                    .containsExactly(Optional.of(FIRST_HALF), false);
        }

        @Test
        void theMatchMayEndAfterTheSecondHalfOrAfterExtraTime() {
            assertThat(finished().state().ended()).isTrue();
            assertThat(afterSecondHalf().start(EXTRA_TIME_FIRST_HALF).end(EXTRA_TIME_FIRST_HALF)
                    .start(EXTRA_TIME_SECOND_HALF).end(EXTRA_TIME_SECOND_HALF).endMatch().state().ended()).isTrue();
        }
    }

    @Nested
    class PeriodsOutOfOrder {

        @Test
        void theSecondHalfCannotBeTheKickOff() {
            assertThat(scheduled().refusalOf(startPeriod(SECOND_HALF))).isEqualTo(Rule.PERIOD_OUT_OF_ORDER);
        }

        @Test
        void aPeriodCannotStartWhileAnotherIsInPlay() {
            assertThat(inFirstHalf().refusalOf(startPeriod(SECOND_HALF))).isEqualTo(Rule.PERIOD_OUT_OF_ORDER);
        }

        @Test
        void aPeriodInPlayCannotStartAgain() {
            assertThat(inFirstHalf().refusalOf(startPeriod(FIRST_HALF))).isEqualTo(Rule.PERIOD_OUT_OF_ORDER);
        }

        @Test
        void aPeriodAlreadyPlayedCannotStartAgain() {
            assertThat(atHalfTime().refusalOf(startPeriod(FIRST_HALF))).isEqualTo(Rule.PERIOD_OUT_OF_ORDER);
        }

        @Test
        void extraTimeCannotSkipItsFirstHalf() {
            assertThat(afterSecondHalf().refusalOf(startPeriod(EXTRA_TIME_SECOND_HALF)))
                    .isEqualTo(Rule.PERIOD_OUT_OF_ORDER);
        }

        @Test
        void aShootoutCannotFollowTheFirstHalf() {
            assertThat(atHalfTime().refusalOf(startPeriod(PENALTY_SHOOTOUT))).isEqualTo(Rule.PERIOD_OUT_OF_ORDER);
        }

        @Test
        void nothingFollowsTheShootout() {
            MatchFixture decided = inShootout().kicks(Side.HOME, true, false, true, false, true, false);

            assertThat(decided.refusalOf(startPeriod(EXTRA_TIME_FIRST_HALF))).isEqualTo(Rule.PERIOD_OUT_OF_ORDER);
        }

        @Test
        void noPeriodStartsAfterTheFinalWhistle() {
            assertThat(finished().refusalOf(startPeriod(EXTRA_TIME_FIRST_HALF))).isEqualTo(Rule.MATCH_FINISHED);
        }
    }

    @Nested
    class EndingAPeriodNotInPlay {

        @Test
        void beforeKickOff() {
            assertThat(scheduled().refusalOf(endPeriod(FIRST_HALF))).isEqualTo(Rule.PERIOD_NOT_IN_PLAY);
        }

        @Test
        void aPeriodThatHasAlreadyEnded() {
            assertThat(atHalfTime().refusalOf(endPeriod(FIRST_HALF))).isEqualTo(Rule.PERIOD_NOT_IN_PLAY);
        }

        @Test
        void aPeriodOtherThanTheOneInPlay() {
            assertThat(inFirstHalf().refusalOf(endPeriod(SECOND_HALF))).isEqualTo(Rule.PERIOD_NOT_IN_PLAY);
        }
    }

    @Nested
    class FinalWhistle {

        @Test
        void addsOneMatchEnded() {
            EndMatch command = endMatch();

            assertThat(afterSecondHalf().decide(command)).containsExactly(new MatchEnded(command.eventId()));
        }

        @Test
        void beforeKickOffIsRefused() {
            assertThat(scheduled().refusalOf(endMatch())).isEqualTo(Rule.MATCH_NOT_STARTED);
        }

        @Test
        void duringAPeriodIsRefused() {
            assertThat(inSecondHalf().refusalOf(endMatch())).isEqualTo(Rule.MATCH_INCOMPLETE);
        }

        @Test
        void beforeTheSecondHalfIsRefused() {
            assertThat(atHalfTime().refusalOf(endMatch())).isEqualTo(Rule.MATCH_INCOMPLETE);
        }

        @Test
        void betweenTheHalvesOfExtraTimeIsRefused() {
            MatchFixture afterFirstHalfOfExtraTime = afterSecondHalf()
                    .start(EXTRA_TIME_FIRST_HALF).end(EXTRA_TIME_FIRST_HALF);

            assertThat(afterFirstHalfOfExtraTime.refusalOf(endMatch())).isEqualTo(Rule.MATCH_INCOMPLETE);
        }

        @Test
        void duringTheShootoutIsRefused() {
            assertThat(inShootout().kicks(Side.HOME, true).refusalOf(endMatch())).isEqualTo(Rule.MATCH_INCOMPLETE);
        }

        @Test
        void aSecondFinalWhistleIsRefused() {
            assertThat(finished().refusalOf(endMatch())).isEqualTo(Rule.MATCH_ALREADY_ENDED);
        }

        @Test
        void noPeriodEndsAfterTheFinalWhistle() {
            assertThat(finished().refusalOf(endPeriod(SECOND_HALF))).isEqualTo(Rule.MATCH_FINISHED);
        }
    }
}
