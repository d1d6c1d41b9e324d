package dev.fulltime.domain.match;

import static dev.fulltime.domain.match.MatchCommands.AWAY;
import static dev.fulltime.domain.match.MatchCommands.HOME;
import static dev.fulltime.domain.match.MatchCommands.endPeriod;
import static dev.fulltime.domain.match.MatchCommands.kick;
import static dev.fulltime.domain.match.MatchFixture.inShootout;
import static dev.fulltime.domain.match.MatchFixture.shootout;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fulltime.domain.match.event.MatchEvent;
import dev.fulltime.domain.match.event.PeriodEnded;
import dev.fulltime.domain.match.event.ShootoutKickTaken;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ShootoutTest {

    private static final boolean GOAL = true;
    private static final boolean MISS = false;

    @Nested
    class WhenItIsDecided {

        @Test
        void isUndecidedBeforeAnyKick() {
            assertThat(Shootout.NOT_STARTED.decided()).isFalse();
            assertThat(Shootout.NOT_STARTED.hasStarted()).isFalse();
        }

        @Test
        void isDecidedEarlyOnceTheTrailingSideCannotCatchUp() {
            // after five kicks it is 3-0 and the second side still has three to take: it could draw level
            assertThat(shootout(Side.HOME, GOAL, MISS, GOAL, MISS, GOAL).decided()).isFalse();
            // after six it is 3-0 with two left each: out of reach
            assertThat(shootout(Side.HOME, GOAL, MISS, GOAL, MISS, GOAL, MISS).decided()).isTrue();
        }

        @Test
        void isDecidedEarlyForTheSideKickingSecond() {
            Shootout shootout = shootout(Side.HOME, MISS, GOAL, MISS, GOAL, MISS, GOAL);

            assertThat(shootout.decided()).isTrue();
            assertThat(shootout.score()).isEqualTo(new Score(0, 3));
        }

        @Test
        void isDecidedAfterFiveKicksEach() {
            boolean[] firstNine = {GOAL, GOAL, GOAL, GOAL, GOAL, GOAL, GOAL, MISS, MISS};

            assertThat(shootout(Side.HOME, firstNine).decided()).as("4-3 with one kick left").isFalse();
            assertThat(shootout(Side.HOME, GOAL, GOAL, GOAL, GOAL, GOAL, GOAL, GOAL, MISS, MISS, MISS).decided())
                    .as("4-3 after five each").isTrue();
        }

        @Test
        void goesToSuddenDeathWhenLevelAfterFiveEach() {
            boolean[] level = {GOAL, GOAL, GOAL, GOAL, GOAL, GOAL, GOAL, GOAL, GOAL, GOAL};

            assertThat(shootout(Side.AWAY, level).decided()).as("5-5").isFalse();
            assertThat(shootout(Side.AWAY, append(level, GOAL)).decided()).as("6-5, round unfinished").isFalse();
            assertThat(shootout(Side.AWAY, append(level, GOAL, GOAL)).decided()).as("6-6").isFalse();
            assertThat(shootout(Side.AWAY, append(level, GOAL, MISS)).decided()).as("6-5, round over").isTrue();
        }

        @Test
        void keepsTheSideThatKickedFirstFirstInEveryRound() {
            Shootout shootout = shootout(Side.AWAY, GOAL, GOAL, MISS);

            assertThat(shootout.nextSide()).isEqualTo(Side.HOME);
            assertThat(shootout.with(new Shootout.Kick(Side.HOME, GOAL)).nextSide()).isEqualTo(Side.AWAY);
        }

        private boolean[] append(boolean[] kicks, boolean... more) {
            boolean[] all = Arrays.copyOf(kicks, kicks.length + more.length);
            System.arraycopy(more, 0, all, kicks.length, more.length);
            return all;
        }
    }

    @Nested
    class TakingKicks {

        @Test
        void eitherSideMayTakeTheFirstKick() {
            assertThat(inShootout().decide(kick("k1", AWAY, true)))
                    .containsExactly(new ShootoutKickTaken("k1", Side.AWAY, "kicker of " + AWAY, true));
        }

        @Test
        void aKickThatDecidesNothingAddsOnlyTheKick() {
            assertThat(inShootout().kicks(Side.HOME, GOAL).decide(kick("k2", AWAY, MISS)))
                    .containsExactly(new ShootoutKickTaken("k2", Side.AWAY, "kicker of " + AWAY, MISS));
        }

        @Test
        void theDecidingKickIsOneFactAndItEndsTheShootout() {
            MatchFixture match = inShootout().kicks(Side.HOME, GOAL, MISS, GOAL, MISS, GOAL);
            assertThat(match.state().periodInPlay()).isTrue();

            assertThat(match.decide(kick("decider", AWAY, MISS)))
                    .containsExactly(new ShootoutKickTaken("decider", Side.AWAY, "kicker of " + AWAY, MISS));
            MatchState after = match.then(kick("decider", AWAY, MISS)).state();
            assertThat(after.periodInPlay()).isFalse();
            assertThat(after.currentPeriod()).contains(Period.PENALTY_SHOOTOUT);
        }

        @Test
        void suddenDeathIsDecidedInTheSixthRound() {
            MatchFixture match = inShootout()
                    .kicks(Side.HOME, GOAL, GOAL, GOAL, GOAL, GOAL, GOAL, GOAL, GOAL, GOAL, GOAL)
                    .kicks(Side.HOME, GOAL);
            assertThat(match.state().periodInPlay()).as("6-5, the sixth round unfinished").isTrue();

            MatchState after = match.then(kick("sixth", AWAY, MISS)).state();

            assertThat(after.periodInPlay()).isFalse();
            assertThat(after.penalties()).contains(new Score(6, 5));
        }

        @Test
        void aLogThatEndsTheShootoutExplicitlyStillReplays() {
            MatchFixture match = inShootout().kicks(Side.HOME, GOAL, MISS, GOAL, MISS, GOAL, MISS);
            List<MatchEvent> log = new ArrayList<>(match.log());
            log.add(new PeriodEnded("shootout-ended", Period.PENALTY_SHOOTOUT));

            MatchState state = MatchDecider.replay(log);

            assertThat(state.periodInPlay()).isFalse();
            assertThat(state.penalties()).contains(new Score(3, 0));
        }

        @Test
        void theShootoutScoresAsPenaltiesNotGoals() {
            MatchState state = inShootout().kicks(Side.HOME, GOAL, MISS, GOAL, MISS, GOAL, MISS).state();

            assertThat(state.penalties()).contains(new Score(3, 0));
            assertThat(state.score()).isEqualTo(Score.NIL_NIL);
            assertThat(state.periodInPlay()).isFalse();
        }

        @Test
        void thereAreNoPenaltiesWithoutAShootout() {
            assertThat(MatchFixture.finished().state().penalties()).isEmpty();
            assertThat(inShootout().state().penalties()).isEmpty();
        }

        @Test
        void theMatchCanEndOnceTheShootoutIsDecided() {
            MatchState state = inShootout().kicks(Side.AWAY, GOAL, MISS, GOAL, MISS, GOAL, MISS).endMatch().state();

            assertThat(state.status()).isEqualTo(MatchStatus.FINISHED);
            assertThat(state.penalties()).contains(new Score(0, 3));
        }
    }

    @Nested
    class Refusals {

        @Test
        void aKickOutOfTurnIsRefused() {
            assertThat(inShootout().kicks(Side.HOME, GOAL).refusalOf(kick("again", HOME, GOAL)))
                    .isEqualTo(Rule.SHOOTOUT_OUT_OF_TURN);
        }

        @Test
        void aKickAfterTheShootoutIsDecidedIsRefused() {
            MatchFixture decided = inShootout().kicks(Side.HOME, GOAL, MISS, GOAL, MISS, GOAL, MISS);

            assertThat(decided.refusalOf(kick("late", HOME, GOAL))).isEqualTo(Rule.SHOOTOUT_DECIDED);
        }

        @Test
        void aKickWithNoShootoutIsRefused() {
            assertThat(MatchFixture.inSecondHalf().refusalOf(kick("k", HOME, GOAL)))
                    .isEqualTo(Rule.SHOOTOUT_NOT_IN_PROGRESS);
            assertThat(MatchFixture.finished().refusalOf(kick("k", HOME, GOAL)))
                    .isEqualTo(Rule.SHOOTOUT_NOT_IN_PROGRESS);
        }

        @Test
        void aKickByATeamNotInTheMatchIsRefused() {
            assertThat(inShootout().refusalOf(kick("k", "Manchester City", GOAL))).isEqualTo(Rule.TEAM_NOT_IN_MATCH);
        }

        @Test
        void anUndecidedShootoutCannotBeEnded() {
            assertThat(inShootout().kicks(Side.HOME, GOAL, GOAL).refusalOf(endPeriod(Period.PENALTY_SHOOTOUT)))
                    .isEqualTo(Rule.SHOOTOUT_UNDECIDED);
        }

        @Test
        void aDecidedShootoutIsAlreadyOver() {
            MatchFixture decided = inShootout().kicks(Side.HOME, GOAL, MISS, GOAL, MISS, GOAL, MISS);

            assertThat(decided.refusalOf(endPeriod(Period.PENALTY_SHOOTOUT))).isEqualTo(Rule.PERIOD_NOT_IN_PLAY);
        }
    }
}
