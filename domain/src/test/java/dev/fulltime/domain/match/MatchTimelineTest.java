package dev.fulltime.domain.match;

import static dev.fulltime.domain.match.MatchCommands.AWAY;
import static dev.fulltime.domain.match.MatchCommands.HOME;
import static dev.fulltime.domain.match.MatchCommands.card;
import static dev.fulltime.domain.match.MatchCommands.correctMinute;
import static dev.fulltime.domain.match.MatchCommands.correctTeam;
import static dev.fulltime.domain.match.MatchCommands.disallow;
import static dev.fulltime.domain.match.MatchCommands.goal;
import static dev.fulltime.domain.match.MatchCommands.goalInPeriod;
import static dev.fulltime.domain.match.MatchCommands.retract;
import static dev.fulltime.domain.match.MatchFixture.inFirstHalf;
import static dev.fulltime.domain.match.Period.FIRST_HALF;
import static dev.fulltime.domain.match.Period.SECOND_HALF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.fulltime.domain.match.event.GoalDisallowed;
import dev.fulltime.domain.match.event.MatchEvent;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MatchTimelineTest {

    private static final String VINICIUS = "Vinícius Júnior";
    private static final String BENZEMA = "Karim Benzema";

    private static List<String> eventIds(MatchState state) {
        return state.timeline().stream().map(TimelineEntry::eventId).toList();
    }

    /** UEFA Champions League final 2021-22, Liverpool FC 0-1 Real Madrid. */
    @Nested
    class Final2022 {

        private final MatchFixture match = inFirstHalf()
                .then(goal("benzema-43", AWAY, BENZEMA, "43"))
                .then(disallow("var-offside", "benzema-43"))
                .end(FIRST_HALF).start(SECOND_HALF)
                .then(goal("vinicius-58", AWAY, VINICIUS, "58"))
                .then(correctMinute("minute-fixed", "vinicius-58", "59"))
                .end(SECOND_HALF).endMatch();

        @Test
        void theDisallowedGoalStaysOnTheTimelineButDoesNotCount() {
            assertThat(match.entry("benzema-43")).extracting(TimelineEntry::status, TimelineEntry::score)
                    .containsExactly(FactStatus.DISALLOWED, Score.NIL_NIL);
        }

        @Test
        void theCorrectedGoalShowsTheCorrectedMinuteAndCounts() {
            assertThat(match.entry("vinicius-58"))
                    .extracting(TimelineEntry::minute, TimelineEntry::status, TimelineEntry::score, TimelineEntry::team)
                    .containsExactly(Minute.of(59), FactStatus.CORRECTED, new Score(0, 1), AWAY);
        }

        @Test
        void theResultIsNilOneAndFinal() {
            assertThat(match.state().score()).isEqualTo(new Score(0, 1));
            assertThat(match.state().status()).isEqualTo(MatchStatus.FINISHED);
        }

        @Test
        void theTimelineListsFactsNotTheAmendmentsToThem() {
            assertThat(eventIds(match.state())).containsExactly("start-FIRST_HALF", "benzema-43", "end-FIRST_HALF",
                    "start-SECOND_HALF", "vinicius-58", "end-SECOND_HALF", "final-whistle");
            assertThat(match.fact("benzema-43").amendedBy()).containsExactly("var-offside");
            assertThat(match.fact("vinicius-58").amendedBy()).containsExactly("minute-fixed");
        }
    }

    /** UEFA Champions League 2022-23 round of 16, first leg at Anfield: Liverpool FC 2-5 Real Madrid. */
    @Nested
    class Anfield2023 {

        private final MatchFixture match = inFirstHalf()
                .then(goal("nunez-4", HOME, "Darwin Núñez", "4"))
                .then(goal("salah-14", HOME, "Mohamed Salah", "14"))
                .then(goal("vinicius-21", AWAY, VINICIUS, "21"))
                .then(goal("vinicius-36", AWAY, VINICIUS, "36"))
                .end(FIRST_HALF).start(SECOND_HALF)
                .then(goal("militao-47", AWAY, "Éder Militão", "47"))
                .then(goal("benzema-55", AWAY, BENZEMA, "55"))
                .then(goal("benzema-67", AWAY, BENZEMA, "67"))
                .end(SECOND_HALF).endMatch();

        @Test
        void liverpoolLeadTwoNilAfterFourteenMinutes() {
            assertThat(match.entry("salah-14").score()).isEqualTo(new Score(2, 0));
        }

        @Test
        void itIsTwoAllAtHalfTime() {
            assertThat(match.entry("end-FIRST_HALF").score()).isEqualTo(new Score(2, 2));
        }

        @Test
        void itEndsTwoFive() {
            assertThat(match.entry("final-whistle").score()).isEqualTo(new Score(2, 5));
            assertThat(match.state().score()).isEqualTo(new Score(2, 5));
        }

        @Test
        void everyEntryCarriesTheRunningScore() {
            assertThat(match.state().timeline())
                    .extracting(TimelineEntry::eventId, entry -> entry.score().toString())
                    .containsExactly(
                            tuple("start-FIRST_HALF", "0-0"),
                            tuple("nunez-4", "1-0"),
                            tuple("salah-14", "2-0"),
                            tuple("vinicius-21", "2-1"),
                            tuple("vinicius-36", "2-2"),
                            tuple("end-FIRST_HALF", "2-2"),
                            tuple("start-SECOND_HALF", "2-2"),
                            tuple("militao-47", "2-3"),
                            tuple("benzema-55", "2-4"),
                            tuple("benzema-67", "2-5"),
                            tuple("end-SECOND_HALF", "2-5"),
                            tuple("final-whistle", "2-5"));
        }

        @Test
        void thePastIsTheReplayOfTheLogUpToThatPoint() {
            List<MatchEvent> log = match.log();
            int upToSecondVinicius = log.indexOf(log.stream()
                    .filter(event -> event.eventId().equals("vinicius-36")).findFirst().orElseThrow()) + 1;

            MatchState past = MatchDecider.replay(log.subList(0, upToSecondVinicius));

            assertThat(past.score()).isEqualTo(new Score(2, 2));
            assertThat(past.status()).isEqualTo(MatchStatus.LIVE);
        }
    }

    @Nested
    class Statuses {

        @Test
        void aRetractedGoalNoLongerCounts() {
            MatchFixture match = inFirstHalf()
                    .then(goal("g", HOME, "Mohamed Salah", "10"))
                    .then(retract("r", "g"));

            assertThat(match.entry("g")).extracting(TimelineEntry::status, TimelineEntry::score)
                    .containsExactly(FactStatus.RETRACTED, Score.NIL_NIL);
            assertThat(match.state().score()).isEqualTo(Score.NIL_NIL);
        }

        @Test
        void aCorrectionOfTeamMovesTheGoalToTheOtherSide() {
            MatchFixture match = inFirstHalf()
                    .then(goal("g", HOME, VINICIUS, "21"))
                    .then(correctTeam("c", "g", AWAY));

            assertThat(match.entry("g")).extracting(TimelineEntry::team, TimelineEntry::status, TimelineEntry::score)
                    .containsExactly(AWAY, FactStatus.CORRECTED, new Score(0, 1));
            assertThat(match.state().score()).isEqualTo(new Score(0, 1));
        }

        @Test
        void theStrongestStatusApplies() {
            assertThat(FactStatus.CORRECTED.strongest(FactStatus.DISALLOWED)).isEqualTo(FactStatus.DISALLOWED);
            assertThat(FactStatus.DISALLOWED.strongest(FactStatus.CORRECTED)).isEqualTo(FactStatus.DISALLOWED);
            assertThat(FactStatus.DISALLOWED.strongest(FactStatus.RETRACTED)).isEqualTo(FactStatus.RETRACTED);
            assertThat(List.of(FactStatus.values())).filteredOn(FactStatus::counts)
                    .containsExactly(FactStatus.VALID, FactStatus.CORRECTED);
        }

        @Test
        void theMatchIsScheduledThenLiveThenFinished() {
            assertThat(MatchFixture.scheduled().state().status()).isEqualTo(MatchStatus.SCHEDULED);
            assertThat(inFirstHalf().state().status()).isEqualTo(MatchStatus.LIVE);
            assertThat(MatchFixture.atHalfTime().state().status()).isEqualTo(MatchStatus.LIVE);
            assertThat(MatchFixture.afterSecondHalf().state().status()).isEqualTo(MatchStatus.LIVE);
            assertThat(MatchFixture.finished().state().status()).isEqualTo(MatchStatus.FINISHED);
        }
    }

    @Nested
    class Ordering {

        @Test
        void factsAreOrderedByTheClockAcrossPeriods() {
            MatchFixture match = inFirstHalf()
                    .then(goal("stoppage", HOME, "Mohamed Salah", "45+2"))
                    .then(goal("late", HOME, "Darwin Núñez", "44"))
                    .end(FIRST_HALF).start(SECOND_HALF)
                    .then(goal("restart", AWAY, VINICIUS, "46"));

            assertThat(eventIds(match.state())).containsExactly("start-FIRST_HALF", "late", "stoppage",
                    "end-FIRST_HALF", "start-SECOND_HALF", "restart");
        }

        @Test
        void aFactKnownOnlyByItsPeriodComesAfterTheTimedOnesOfThatPeriod() {
            MatchFixture match = MatchFixture.inSecondHalf()
                    .then(goalInPeriod("untimed", AWAY, BENZEMA, SECOND_HALF))
                    .then(goal("timed", AWAY, VINICIUS, "90+4"))
                    .end(SECOND_HALF);

            assertThat(eventIds(match.state())).containsSubsequence("timed", "untimed", "end-SECOND_HALF");
            assertThat(match.entry("untimed").minute()).isNull();
        }

        @Test
        void factsAtTheSameMinuteKeepTheirArrivalOrder() {
            MatchFixture match = inFirstHalf()
                    .then(card("first", AWAY, "Dani Carvajal", "30", CardType.YELLOW))
                    .then(goal("second", HOME, "Mohamed Salah", "30"));

            assertThat(eventIds(match.state())).containsSubsequence("first", "second");
        }

        @Test
        void correctingAMinuteMovesTheFactOnTheTimeline() {
            MatchFixture match = inFirstHalf()
                    .then(goal("a", HOME, "Mohamed Salah", "20"))
                    .then(goal("b", AWAY, VINICIUS, "30"))
                    .then(correctMinute("c", "a", "35"));

            assertThat(eventIds(match.state())).containsSubsequence("b", "a");
            assertThat(match.entry("b").score()).isEqualTo(new Score(0, 1));
            assertThat(match.entry("a").score()).isEqualTo(new Score(1, 1));
        }

        @Test
        void shootoutKicksCarryTheRunningPenaltiesAndTheFinalWhistleComesLast() {
            MatchState state = MatchFixture.inShootout()
                    .kicks(Side.AWAY, true, false, true, false, true, false)
                    .endMatch().state();

            List<TimelineEntry> timeline = state.timeline();
            assertThat(timeline.get(timeline.size() - 1).type()).isEqualTo(FactType.MATCH_ENDED);
            assertThat(timeline).filteredOn(entry -> entry.type() != FactType.SHOOTOUT_KICK
                    && entry.type() != FactType.MATCH_ENDED).allSatisfy(entry -> assertThat(entry.penalties()).isNull());
            assertThat(timeline).filteredOn(entry -> entry.type() == FactType.SHOOTOUT_KICK)
                    .extracting(entry -> entry.penalties().toString())
                    .containsExactly("0-1", "0-1", "0-2", "0-2", "0-3", "0-3");
            assertThat(timeline.get(timeline.size() - 1).penalties()).isEqualTo(new Score(0, 3));
        }
    }

    @Nested
    class Evolving {

        @Test
        void replayIsTheFoldOfEvolveOverTheLog() {
            List<MatchEvent> log = MatchFixture.finished().log();
            MatchState folded = MatchDecider.initial();
            for (MatchEvent event : log) {
                folded = MatchDecider.evolve(folded, event);
            }

            assertThat(MatchDecider.replay(log)).isEqualTo(folded);
            assertThat(folded.version()).isEqualTo(log.size() - 1);
        }

        @Test
        void sequencesFollowArrivalOrderFromZero() {
            MatchState state = inFirstHalf().state();

            assertThat(state.sequenceOf("schedule")).contains(0L);
            assertThat(state.sequenceOf("start-FIRST_HALF")).contains(1L);
            assertThat(state.sequenceOf("unknown")).isEmpty();
        }

        @Test
        void aFactAboutNothingKnownChangesNothingButTheVersion() {
            MatchState before = inFirstHalf().then(goal("g", HOME, "Mohamed Salah", "10")).state();

            MatchState after = MatchDecider.evolve(before, new GoalDisallowed("d", "no-such-goal", "offside"));

            assertThat(after.version()).isEqualTo(before.version() + 1);
            assertThat(after.facts()).isEqualTo(before.facts());
            assertThat(after.score()).isEqualTo(before.score());
        }
    }
}
