package dev.fulltime.domain.history;

import static dev.fulltime.domain.history.PlayedMatch.AWAY;
import static dev.fulltime.domain.history.PlayedMatch.HOME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.Score;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A match played back fact by fact in match-clock order, each step with the match after it. */
class MatchReplayTest {

    private static String period(MatchState state) {
        return state.currentPeriod().map(Period::name).orElse(null);
    }

    @Nested
    class Anfield2023 {

        private final List<ReplayStep> steps = PlayedMatch.anfield2023().history().replay();

        @Test
        void everyFactComesInClockOrderWithTheMatchAfterIt() {
            assertThat(steps)
                    .extracting(step -> step.fact().eventId(), step -> step.after().score().toString(),
                            step -> step.after().status().name(), step -> period(step.after()))
                    .containsExactly(
                            tuple("start-FIRST_HALF", "0-0", "LIVE", "FIRST_HALF"),
                            tuple("nunez-4", "1-0", "LIVE", "FIRST_HALF"),
                            tuple("salah-14", "2-0", "LIVE", "FIRST_HALF"),
                            tuple("vinicius-21", "2-1", "LIVE", "FIRST_HALF"),
                            tuple("vinicius-36", "2-2", "LIVE", "FIRST_HALF"),
                            tuple("end-FIRST_HALF", "2-2", "LIVE", "FIRST_HALF"),
                            tuple("start-SECOND_HALF", "2-2", "LIVE", "SECOND_HALF"),
                            tuple("militao-47", "2-3", "LIVE", "SECOND_HALF"),
                            tuple("benzema-55", "2-4", "LIVE", "SECOND_HALF"),
                            tuple("benzema-67", "2-5", "LIVE", "SECOND_HALF"),
                            tuple("end-SECOND_HALF", "2-5", "LIVE", "SECOND_HALF"),
                            tuple("final-whistle", "2-5", "FINISHED", "SECOND_HALF"));
        }

        @Test
        void theMatchAfterEachStepAgreesWithTheTimelinesRunningScore() {
            assertThat(steps).allSatisfy(step -> assertThat(step.after().score()).isEqualTo(step.fact().score()));
        }

        @Test
        void theMatchTimeBeforeEachFactRunsFromTheStartOfItsPeriod() {
            assertThat(steps).extracting(step -> step.matchTimeBefore().toMinutes())
                    .containsExactly(0L, 3L, 10L, 7L, 15L, 0L, 0L, 1L, 8L, 12L, 0L, 0L);
        }

        @Test
        void everyFactKeepsItsSequence() {
            assertThat(steps).allSatisfy(step -> assertThat(step.after().fact(step.fact().eventId())
                    .orElseThrow().sequence()).isEqualTo(step.fact().sequence()));
        }
    }

    @Nested
    class Paris2022 {

        private final List<ReplayStep> steps = PlayedMatch.paris2022().history().replay();

        @Test
        void theDisallowedGoalPassesWithoutChangingTheScoreAndTheCorrectedOneComesAtItsCorrectedMinute() {
            assertThat(steps)
                    .extracting(step -> step.fact().eventId(), step -> step.after().score().toString(),
                            step -> step.matchTimeBefore().toMinutes())
                    .containsExactly(
                            tuple("start-FIRST_HALF", "0-0", 0L),
                            tuple("benzema", "0-0", 0L),
                            tuple("end-FIRST_HALF", "0-0", 0L),
                            tuple("start-SECOND_HALF", "0-0", 0L),
                            tuple("vinicius", "0-1", 13L),
                            tuple("end-SECOND_HALF", "0-1", 0L),
                            tuple("final-whistle", "0-1", 0L));
        }
    }

    @Nested
    class MatchTime {

        @Test
        void stoppageTimeIsPlayedTimeAndALateFactWaitsForNothing() {
            List<ReplayStep> steps = PlayedMatch.kickedOff().goal("forty-four", HOME, "44")
                    .goal("stoppage", AWAY, "45+2").goal("thirty", HOME, "30").history().replay();

            assertThat(steps).extracting(step -> step.fact().eventId(), ReplayStep::matchTimeBefore)
                    .containsExactly(
                            tuple("start-FIRST_HALF", Duration.ZERO),
                            tuple("thirty", Duration.ofMinutes(29)),
                            tuple("forty-four", Duration.ofMinutes(14)),
                            tuple("stoppage", Duration.ofMinutes(3)));
        }
    }

    @Nested
    class Shootout {

        @Test
        void theShootoutScoreRunsKickByKick() {
            List<ReplayStep> steps = PlayedMatch.kickedOff().end(Period.FIRST_HALF).start(Period.SECOND_HALF)
                    .end(Period.SECOND_HALF).start(Period.PENALTY_SHOOTOUT)
                    .kick("k1", HOME, true).kick("k2", AWAY, false).kick("k3", HOME, false)
                    .history().replay();

            assertThat(steps.subList(steps.size() - 3, steps.size()))
                    .extracting(step -> step.fact().eventId(), step -> step.after().penalties(),
                            ReplayStep::matchTimeBefore)
                    .containsExactly(
                            tuple("k1", Optional.of(new Score(1, 0)), Duration.ZERO),
                            tuple("k2", Optional.of(new Score(1, 0)), Duration.ZERO),
                            tuple("k3", Optional.of(new Score(1, 0)), Duration.ZERO));
        }
    }
}
