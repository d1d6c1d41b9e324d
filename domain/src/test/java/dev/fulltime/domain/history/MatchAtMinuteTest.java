package dev.fulltime.domain.history;

import static dev.fulltime.domain.history.PlayedMatch.AWAY;
import static dev.fulltime.domain.history.PlayedMatch.HOME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fulltime.domain.match.Fact;
import dev.fulltime.domain.match.FactStatus;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.MatchStatus;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.Score;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The match clock axis: what had happened by a minute, as the whole log tells it now. */
class MatchAtMinuteTest {

    private static MatchState at(PlayedMatch match, String minute) {
        return match.history().atMinute(Minute.parse(minute));
    }

    @Nested
    class Anfield2023 {

        private final PlayedMatch match = PlayedMatch.anfield2023();

        @ParameterizedTest(name = "at {0}'' it is {1}")
        @CsvSource({"1, 0-0", "3, 0-0", "4, 1-0", "13, 1-0", "14, 2-0", "36, 2-2", "45+2, 2-2", "46, 2-2",
                "47, 2-3", "67, 2-5", "90+5, 2-5", "120, 2-5"})
        void theScoreCountsTheGoalsUpToTheMinute(String minute, String score) {
            assertThat(at(match, minute).score()).hasToString(score);
        }

        @ParameterizedTest(name = "at {0}'' it is {1} in {2}")
        @CsvSource({"1, LIVE, FIRST_HALF", "45+2, LIVE, FIRST_HALF", "46, LIVE, SECOND_HALF",
                "90+30, LIVE, SECOND_HALF", "91, FINISHED, SECOND_HALF", "120+1, FINISHED, SECOND_HALF"})
        void theFinalWhistleCountsOnceTheClockIsPastTheLastPeriod(String minute, MatchStatus status,
                                                                  Period period) {
            MatchState state = at(match, minute);

            assertThat(state.status()).isEqualTo(status);
            assertThat(state.currentPeriod()).contains(period);
        }

        @Test
        void onlyTheFactsUpToTheMinuteAreThere() {
            assertThat(at(match, "14").facts()).containsOnlyKeys("start-FIRST_HALF", "nunez-4", "salah-14");
        }

        @Test
        void theFirstHalfEndsOnceTheClockIsPastItsStoppageTime() {
            assertThat(at(match, "45+30").periodInPlay()).isTrue();
            assertThat(at(match, "45+30").fact("end-FIRST_HALF")).isEmpty();
            assertThat(at(match, "46").fact("end-FIRST_HALF")).isPresent();
        }

        @Test
        void everyFactKeepsItsSequenceAndTheStateTheVersionOfTheWholeLog() {
            MatchState now = match.history().now();
            MatchState past = at(match, "36");

            assertThat(past.version()).isEqualTo(now.version());
            assertThat(past.facts().values()).allSatisfy(fact ->
                    assertThat(fact.sequence()).isEqualTo(now.fact(fact.eventId()).orElseThrow().sequence()));
        }
    }

    @Nested
    class Paris2022 {

        private final PlayedMatch match = PlayedMatch.paris2022();

        @Test
        void aGoalCorrectedFromFiftyEightToFiftyNineIsNotThereAtFiftyEight() {
            MatchState atFiftyEight = at(match, "58");

            assertThat(atFiftyEight.fact("vinicius")).isEmpty();
            assertThat(atFiftyEight.score()).isEqualTo(Score.NIL_NIL);
        }

        @Test
        void aGoalCorrectedFromFiftyEightToFiftyNineIsThereAtFiftyNineAsCorrected() {
            MatchState atFiftyNine = at(match, "59");

            assertThat(atFiftyNine.fact("vinicius").orElseThrow())
                    .extracting(fact -> fact.minute().toString(), Fact::status)
                    .containsExactly("59", FactStatus.CORRECTED);
            assertThat(atFiftyNine.score()).isEqualTo(new Score(0, 1));
        }

        @Test
        void aDisallowedGoalKnownOnlyByItsHalfIsThereOnceTheHalfIsOverAndNeverCounts() {
            assertThat(at(match, "30").fact("benzema")).isEmpty();
            assertThat(at(match, "46").fact("benzema").map(Fact::status)).contains(FactStatus.DISALLOWED);
            assertThat(at(match, "46").score()).isEqualTo(Score.NIL_NIL);
        }
    }

    @Nested
    class FactsWithoutAMinute {

        @Test
        void aGoalKnownOnlyByItsHalfCountsOnceTheHalfIsOver() {
            PlayedMatch match = PlayedMatch.kickedOff().goalIn("untimed", HOME, Period.FIRST_HALF)
                    .end(Period.FIRST_HALF).start(Period.SECOND_HALF);

            assertThat(at(match, "30").score()).isEqualTo(Score.NIL_NIL);
            assertThat(at(match, "45+5").score()).isEqualTo(Score.NIL_NIL);
            assertThat(at(match, "46").score()).isEqualTo(new Score(1, 0));
        }

        @Test
        void aGoalKnownOnlyByItsStretchCountsOnceThePeriodItWasRecordedInIsOver() {
            PlayedMatch match = PlayedMatch.kickedOff().end(Period.FIRST_HALF).start(Period.SECOND_HALF)
                    .goalIn("regular-time", AWAY, null).end(Period.SECOND_HALF).endMatch();

            assertThat(at(match, "90+4").score()).isEqualTo(Score.NIL_NIL);
            assertThat(at(match, "91").score()).isEqualTo(new Score(0, 1));
        }
    }

    @Nested
    class LaterFacts {

        @Test
        void aGoalRetractedLaterIsRetractedAtItsMinute() {
            PlayedMatch match = PlayedMatch.kickedOff().goal("g", HOME, "10").goal("h", AWAY, "20")
                    .retract("r", "g");

            MatchState atTen = at(match, "10");

            assertThat(atTen.fact("g").map(Fact::status)).contains(FactStatus.RETRACTED);
            assertThat(atTen.score()).isEqualTo(Score.NIL_NIL);
            assertThat(atTen.fact("h")).isEmpty();
        }

        @Test
        void aMinuteNotYetPlayedShowsTheMatchAsFarAsItHasGone() {
            PlayedMatch match = PlayedMatch.kickedOff().goal("g", HOME, "10").end(Period.FIRST_HALF);

            MatchState atSeventy = at(match, "70");

            assertThat(atSeventy.status()).isEqualTo(MatchStatus.LIVE);
            assertThat(atSeventy.currentPeriod()).contains(Period.FIRST_HALF);
            assertThat(atSeventy.periodInPlay()).isFalse();
            assertThat(atSeventy.score()).isEqualTo(new Score(1, 0));
        }
    }

    @Nested
    class BeforeKickOff {

        @Test
        void aMatchNotKickedOffIsScheduledAtEveryMinute() {
            MatchState state = at(PlayedMatch.scheduled(), "30");

            assertThat(state.exists()).isTrue();
            assertThat(state.status()).isEqualTo(MatchStatus.SCHEDULED);
            assertThat(state.currentPeriod()).isEmpty();
            assertThat(state.score()).isEqualTo(Score.NIL_NIL);
        }
    }

    @Nested
    class ExtraTimeAndShootout {

        private final PlayedMatch match = PlayedMatch.kickedOff().goal("home-10", HOME, "10")
                .end(Period.FIRST_HALF).start(Period.SECOND_HALF).goal("away-80", AWAY, "80")
                .end(Period.SECOND_HALF).start(Period.EXTRA_TIME_FIRST_HALF).goal("away-100", AWAY, "100")
                .end(Period.EXTRA_TIME_FIRST_HALF).start(Period.EXTRA_TIME_SECOND_HALF).goal("home-118", HOME, "118")
                .end(Period.EXTRA_TIME_SECOND_HALF).start(Period.PENALTY_SHOOTOUT)
                .kick("k1", HOME, true).kick("k2", AWAY, false).kick("k3", HOME, true).kick("k4", AWAY, false)
                .kick("k5", HOME, true).kick("k6", AWAY, false)
                .endMatch();

        @ParameterizedTest(name = "at {0}'' it is {1} in {2}")
        @CsvSource({"90+3, 1-1, SECOND_HALF", "91, 1-1, EXTRA_TIME_FIRST_HALF", "100, 1-2, EXTRA_TIME_FIRST_HALF",
                "106, 1-2, EXTRA_TIME_SECOND_HALF", "118, 2-2, EXTRA_TIME_SECOND_HALF"})
        void extraTimeIsOnTheClock(String minute, String score, Period period) {
            MatchState state = at(match, minute);

            assertThat(state.score()).hasToString(score);
            assertThat(state.currentPeriod()).contains(period);
        }

        @Test
        void theShootoutAndTheFinalWhistleAfterItAreNeverOnTheClock() {
            MatchState atTheLastMinute = at(match, "120+30");

            assertThat(atTheLastMinute.status()).isEqualTo(MatchStatus.LIVE);
            assertThat(atTheLastMinute.penalties()).isEmpty();
            assertThat(atTheLastMinute.currentPeriod()).contains(Period.EXTRA_TIME_SECOND_HALF);
            assertThat(match.history().now().penalties()).contains(new Score(3, 0));
        }
    }
}
