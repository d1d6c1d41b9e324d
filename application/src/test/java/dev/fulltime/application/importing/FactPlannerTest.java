package dev.fulltime.application.importing;

import static dev.fulltime.application.importing.Imported.goal;
import static dev.fulltime.application.importing.Imported.played;
import static dev.fulltime.application.importing.PlannedFacts.described;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.MatchStatus;
import dev.fulltime.domain.match.Score;
import dev.fulltime.domain.match.command.MatchCommand;
import dev.fulltime.domain.match.command.ScheduleMatch;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FactPlannerTest {

    private static final String MATCH_ID = "match-1";
    private static final String HOME = "Liverpool FC";
    private static final String AWAY = "Real Madrid";

    @Nested
    class WithoutScorers {

        @Test
        void theHalfTimeScorePutsEachGoalInItsHalf() {
            ImportedMatch match = played(HOME, AWAY, "1-0", "2-1", null, null);
            List<MatchCommand> facts = FactPlanner.facts(MATCH_ID, match);

            assertThat(described(facts)).containsExactly(
                    "start FIRST_HALF",
                    "goal Liverpool FC ? in FIRST_HALF ?",
                    "end FIRST_HALF",
                    "start SECOND_HALF",
                    "goal Liverpool FC ? in SECOND_HALF ?",
                    "goal Real Madrid ? in SECOND_HALF ?",
                    "end SECOND_HALF",
                    "final whistle");
            assertThat(finished(match, facts).score()).isEqualTo(new Score(2, 1));
        }

        @Test
        void withoutAHalfTimeScoreTheGoalsAreRecordedInTheSecondHalfClaimingNoHalf() {
            ImportedMatch match = played(HOME, AWAY, null, "0-2", null, null);
            List<MatchCommand> facts = FactPlanner.facts(MATCH_ID, match);

            assertThat(described(facts)).containsExactly(
                    "start FIRST_HALF", "end FIRST_HALF",
                    "start SECOND_HALF",
                    "goal Real Madrid ? in the stretch ?",
                    "goal Real Madrid ? in the stretch ?",
                    "end SECOND_HALF",
                    "final whistle");
            assertThat(finished(match, facts).score()).isEqualTo(new Score(0, 2));
        }

        @Test
        void extraTimeGoalsAreRecordedInItsSecondHalfClaimingNoHalfThenTheShootOutAsItsTally() {
            ImportedMatch match = played(HOME, AWAY, "0-0", "1-1", "2-2", "4-3");
            List<MatchCommand> facts = FactPlanner.facts(MATCH_ID, match);

            assertThat(described(facts)).containsExactly(
                    "start FIRST_HALF", "end FIRST_HALF",
                    "start SECOND_HALF",
                    "goal Liverpool FC ? in SECOND_HALF ?",
                    "goal Real Madrid ? in SECOND_HALF ?",
                    "end SECOND_HALF",
                    "start EXTRA_TIME_FIRST_HALF", "end EXTRA_TIME_FIRST_HALF",
                    "start EXTRA_TIME_SECOND_HALF",
                    "goal Liverpool FC ? in the stretch ?",
                    "goal Real Madrid ? in the stretch ?",
                    "end EXTRA_TIME_SECOND_HALF",
                    "start PENALTY_SHOOTOUT",
                    "shoot-out 4-3",
                    "final whistle");
            MatchState state = finished(match, facts);
            assertThat(state.score()).isEqualTo(new Score(2, 2));
            assertThat(state.penalties()).contains(new Score(4, 3));
        }

        @Test
        void aMatchNotPlayedHasNoFacts() {
            assertThat(FactPlanner.facts(MATCH_ID, played(HOME, AWAY, null, null, null, null))).isEmpty();
        }
    }

    @Nested
    class WithScorers {

        @Test
        void eachGoalGoesInItsMinutesPeriodInClockOrderWithItsKind() {
            ImportedMatch match = played("Juventus", AWAY, null, "1-4", null, null,
                    goal("Juventus", "Mandžukić", "27"),
                    goal(AWAY, "Ronaldo", "20"), goal(AWAY, "Ronaldo", "64", GoalKind.PENALTY),
                    goal(AWAY, "Casemiro", "61"), goal(AWAY, "Asensio", "90+3"));
            List<MatchCommand> facts = FactPlanner.facts(MATCH_ID, match);

            assertThat(described(facts)).containsExactly(
                    "start FIRST_HALF",
                    "goal Real Madrid Ronaldo 20' REGULAR",
                    "goal Juventus Mandžukić 27' REGULAR",
                    "end FIRST_HALF",
                    "start SECOND_HALF",
                    "goal Real Madrid Casemiro 61' REGULAR",
                    "goal Real Madrid Ronaldo 64' PENALTY",
                    "goal Real Madrid Asensio 90+3' REGULAR",
                    "end SECOND_HALF",
                    "final whistle");
            assertThat(finished(match, facts).score()).isEqualTo(new Score(1, 4));
        }

        @Test
        void minutesBeyondNinetyShowExtraTimeTheScoreDoesNotMention() {
            ImportedMatch match = played(AWAY, "Bayern München", null, "4-2", null,
                    null,
                    goal(AWAY, "Ronaldo", "76"), goal(AWAY, "Ronaldo", "105"), goal(AWAY, "Ronaldo", "110"),
                    goal(AWAY, "Asensio", "112"),
                    goal("Bayern München", "Lewandowski", "53", GoalKind.PENALTY),
                    goal("Bayern München", "Ramos", "78", GoalKind.OWN_GOAL));
            List<MatchCommand> facts = FactPlanner.facts(MATCH_ID, match);

            assertThat(described(facts)).containsExactly(
                    "start FIRST_HALF", "end FIRST_HALF",
                    "start SECOND_HALF",
                    "goal Bayern München Lewandowski 53' PENALTY",
                    "goal Real Madrid Ronaldo 76' REGULAR",
                    "goal Bayern München Ramos 78' OWN_GOAL",
                    "end SECOND_HALF",
                    "start EXTRA_TIME_FIRST_HALF",
                    "goal Real Madrid Ronaldo 105' REGULAR",
                    "end EXTRA_TIME_FIRST_HALF",
                    "start EXTRA_TIME_SECOND_HALF",
                    "goal Real Madrid Ronaldo 110' REGULAR",
                    "goal Real Madrid Asensio 112' REGULAR",
                    "end EXTRA_TIME_SECOND_HALF",
                    "final whistle");
            assertThat(finished(match, facts).score()).isEqualTo(new Score(4, 2));
        }

        @Test
        void aScorerWithoutAMinuteTakesHisSidesEarliestGoalLeftClaimingNoHalf() {
            ImportedMatch match = played(HOME, AWAY, "1-0", "2-0", null, null,
                    goal(HOME, "Salah", "67"), goal(HOME, "Núñez", null));
            List<MatchCommand> facts = FactPlanner.facts(MATCH_ID, match);

            assertThat(described(facts)).containsSubsequence(
                    "start FIRST_HALF", "goal Liverpool FC Núñez in the stretch REGULAR", "end FIRST_HALF",
                    "start SECOND_HALF", "goal Liverpool FC Salah 67' REGULAR", "end SECOND_HALF");
        }
    }

    @Nested
    class Contradictions {

        @Test
        void scorersThatDoNotAddUpToTheScore() {
            assertThatThrownBy(() -> FactPlanner.facts(MATCH_ID, played(HOME, AWAY, null, "2-0", null, null,
                    goal(HOME, "Salah", "67"))))
                    .isInstanceOf(Contradiction.class)
                    .hasMessage("the scorers listed leave 1 goal(s) of Liverpool FC in the score 2-0 unaccounted for");
        }

        @Test
        void moreFirstHalfScorersThanTheHalfTimeScore() {
            assertThatThrownBy(() -> FactPlanner.facts(MATCH_ID, played(HOME, AWAY, "0-0", "1-0", null, null,
                    goal(HOME, "Salah", "12"))))
                    .isInstanceOf(Contradiction.class)
                    .hasMessage("the goal of Salah at 12' is one goal more for Liverpool FC than the score 1-0 (0-0) has");
        }

        @Test
        void aLevelShootOut() {
            assertThatThrownBy(() -> FactPlanner.facts(MATCH_ID, played(HOME, AWAY, "0-1", "0-1", "0-1", "4-4")))
                    .isInstanceOf(Contradiction.class)
                    .hasMessage("the shoot-out is given as 4-4, but a shoot-out cannot end level");
        }

        @Test
        void aHalfTimeScoreAboveTheFullTimeScore() {
            assertThatThrownBy(() -> FactPlanner.facts(MATCH_ID, played(HOME, AWAY, "2-0", "1-0", null, null)))
                    .isInstanceOf(Contradiction.class)
                    .hasMessageContaining("half-time score 2-0 has more goals than the score after 90 minutes, 1-0");
        }

        @Test
        void aScorerOfATeamNotInTheMatch() {
            assertThatThrownBy(() -> FactPlanner.facts(MATCH_ID, played(HOME, AWAY, null, "1-0", null, null,
                    goal("Everton FC", "Calvert-Lewin", "12"))))
                    .isInstanceOf(Contradiction.class)
                    .hasMessage("the goal of Calvert-Lewin scores for Everton FC, who does not play in it");
        }
    }

    @Test
    void onlyTheScoreAfterExtraTimeLeavesTheGoalsUnplaced() {
        assertThatThrownBy(() -> FactPlanner.facts(MATCH_ID, played(HOME, AWAY, null, null, "0-1", null)))
                .isInstanceOf(IncompleteMatch.class)
                .hasMessageContaining("not the score after 90 minutes");
    }

    @Test
    void everyFactHasItsOwnEventIdAndPlanningAgainGivesTheSameOnes() {
        ImportedMatch match = played(HOME, AWAY, "1-0", "1-1", "1-1", "5-4");
        List<MatchCommand> facts = FactPlanner.facts(MATCH_ID, match);

        assertThat(facts).extracting(MatchCommand::eventId).doesNotHaveDuplicates();
        assertThat(FactPlanner.facts(MATCH_ID, match)).isEqualTo(facts);
        assertThat(FactPlanner.facts("match-2", match)).extracting(MatchCommand::eventId)
                .doesNotContainAnyElementsOf(facts.stream().map(MatchCommand::eventId).toList());
    }

    private static MatchState finished(ImportedMatch match, List<MatchCommand> facts) {
        ScheduleMatch schedule = new ScheduleMatch("scheduled", MATCH_ID, match.homeTeam(), match.awayTeam(), null,
                null, null, null, null, null);
        MatchState state = PlannedFacts.played(schedule, facts);
        assertThat(state.status()).isEqualTo(MatchStatus.FINISHED);
        return state;
    }
}
