package dev.fulltime.application.importing;

import static dev.fulltime.application.importing.Imported.goal;
import static dev.fulltime.application.importing.Imported.group;
import static dev.fulltime.application.importing.Imported.knockout;
import static dev.fulltime.application.importing.Imported.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.tie.CompetitionRules;
import dev.fulltime.domain.tie.LegResult;
import dev.fulltime.domain.tie.TieContext;
import dev.fulltime.domain.tie.TieFormat;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MinuteReadingTest {

    private static final CompetitionRules AWAY_GOALS = CompetitionRules.uefaClubCompetition("2012-13");
    private static final CompetitionRules NO_AWAY_GOALS = CompetitionRules.uefaClubCompetition("2021-22");
    private static final String GALATASARAY = "Galatasaray";
    private static final String SCHALKE = "Schalke 04";
    private static final String REAL = "Real Madrid";
    private static final String BAYERN = "Bayern München";

    /** 2012-13, second leg after Galatasaray 1-1 Schalke 04: 2-2 after 90 minutes, 3-3 on aggregate. */
    private static final ImportedMatch SCHALKE_GALATASARAY =
            knockout("Round of 16", null, SCHALKE, GALATASARAY, "2013-03-12", "2-3", null, null).withGoals(List.of(
                    goal(SCHALKE, "R. Neustädter", "17"), goal(SCHALKE, "M. Bastos", "63"),
                    goal(GALATASARAY, "Hamit Altintop", "37"), goal(GALATASARAY, "Burak Yilmaz", "42"),
                    goal(GALATASARAY, "U. Bulut", "95")));

    /** 2016-17, second leg after Bayern München 1-2 Real Madrid: 1-2 after 90 minutes, level on everything. */
    private static final ImportedMatch REAL_BAYERN =
            knockout("Quarter-finals", null, REAL, BAYERN, "2017-04-18", "4-2", null, null).withGoals(List.of(
                    goal(REAL, "Ronaldo", "76"), goal(REAL, "Ronaldo", "105"), goal(REAL, "Ronaldo", "110"),
                    goal(REAL, "Asensio", "112"), goal(BAYERN, "Lewandowski", "53", GoalKind.PENALTY),
                    goal(BAYERN, "Ramos", "78", GoalKind.OWN_GOAL)));

    @Nested
    class StoppageTimeOfTheSecondHalf {

        @Test
        void whenTheTieIsNotLevelAfterTheDecidingMatchsNinetyMinutes() {
            ImportedMatch barcelonaMilan = knockout("Round of 16", null, "FC Barcelona", "Milan", "2013-03-12", "4-0",
                    null, null).withGoals(List.of(goal("FC Barcelona", "L. Messi", "5"),
                    goal("FC Barcelona", "L. Messi", "40"), goal("FC Barcelona", "D. Villa", "55"),
                    goal("FC Barcelona", "Jordi Alba", "92")));

            ImportedMatch read = MinuteReading.inTie(barcelonaMilan, secondLegOf(AWAY_GOALS,
                    new LegResult("Milan", "FC Barcelona", score("2-0"), null, null, true)));

            assertThat(minutes(read)).containsExactly("5", "40", "55", "90+2");
            assertThat(read.goals().get(3)).extracting(ImportedGoal::team, ImportedGoal::player, ImportedGoal::kind)
                    .containsExactly("FC Barcelona", "Jordi Alba", GoalKind.REGULAR);
        }

        @Test
        void whenTheTieIsLevelOnAggregateButNotOnAwayGoals() {
            ImportedMatch read = MinuteReading.inTie(SCHALKE_GALATASARAY, secondLegOf(AWAY_GOALS,
                    new LegResult(GALATASARAY, SCHALKE, score("1-1"), null, null, true)));

            assertThat(minutes(read)).containsExactly("17", "63", "37", "42", "90+5");
        }

        @Test
        void inAFirstLegEvenWhenLevel() {
            ImportedMatch firstLeg = knockout("Round of 16", null, GALATASARAY, SCHALKE, "2013-02-20", "2-1", null,
                    null).withGoals(List.of(goal(GALATASARAY, "Burak Yilmaz", "12"),
                    goal(SCHALKE, "J. Jones", "45"), goal(GALATASARAY, "U. Bulut", "93")));

            ImportedMatch read = MinuteReading.inTie(firstLeg,
                    new TieContext(AWAY_GOALS, TieFormat.TWO_LEGS, GALATASARAY, SCHALKE, List.of()));

            assertThat(minutes(read)).containsExactly("12", "45", "90+3");
        }

        @Test
        void outsideAnyTie() {
            ImportedMatch groupMatch = group("Liverpool FC", "Ajax", "2022-09-13", "2-1", null)
                    .withGoals(List.of(goal("Liverpool FC", "Salah", "17"), goal("Ajax", "Kudus", "27"),
                            goal("Liverpool FC", "Matip", "119")));

            assertThat(minutes(MinuteReading.outsideTies(groupMatch))).containsExactly("17", "27", "90+29");
        }
    }

    @Nested
    class ExtraTime {

        @Test
        void whenTheDecidingMatchLeavesTheTieLevelAfterNinetyMinutes() {
            ImportedMatch read = MinuteReading.inTie(REAL_BAYERN, secondLegOf(AWAY_GOALS,
                    new LegResult(BAYERN, REAL, score("1-2"), null, null, true)));

            assertThat(read).isEqualTo(REAL_BAYERN);
            assertThat(read.goals()).filteredOn(goal -> goal.minute().period().isExtraTime())
                    .extracting(goal -> goal.minute().toString()).containsExactly("105", "110", "112");
        }

        @Test
        void whenTheTieIsLevelOnAggregateUnderRulesWithoutAwayGoals() {
            ImportedMatch read = MinuteReading.inTie(SCHALKE_GALATASARAY, secondLegOf(NO_AWAY_GOALS,
                    new LegResult(GALATASARAY, SCHALKE, score("1-1"), null, null, true)));

            assertThat(minutes(read)).containsExactly("17", "63", "37", "42", "95");
        }

        @Test
        void whenASingleMatchIsLevelAfterNinetyMinutesCountingItsStoppageTime() {
            ImportedMatch finalMatch = knockout("Final", null, REAL, "Atlético Madrid", "2014-05-24", "2-1", null,
                    null).withGoals(List.of(goal("Atlético Madrid", "Godín", "36"), goal(REAL, "Ramos", "90+3"),
                    goal(REAL, "Bale", "110")));

            ImportedMatch read = MinuteReading.inTie(finalMatch,
                    new TieContext(AWAY_GOALS, TieFormat.SINGLE_MATCH, REAL, "Atlético Madrid", List.of()));

            assertThat(minutes(read)).containsExactly("36", "90+3", "110");
        }
    }

    @Nested
    class AsWritten {

        @Test
        void everyMinuteOfALineThatSaysAfterExtraTime() {
            ImportedMatch aet = knockout("Round of 16", null, GALATASARAY, SCHALKE, "2013-02-20", "1-1", "2-1",
                    null).withGoals(List.of(goal(GALATASARAY, "Burak Yilmaz", "12"), goal(SCHALKE, "J. Jones", "45"),
                    goal(GALATASARAY, "U. Bulut", "95")));

            assertThat(MinuteReading.inTie(aet,
                    new TieContext(AWAY_GOALS, TieFormat.TWO_LEGS, GALATASARAY, SCHALKE, List.of()))).isEqualTo(aet);
        }

        @Test
        void aMatchWithoutMinutesOverNinety() {
            ImportedMatch match = group("Liverpool FC", "Ajax", "2022-09-13", "1-0", null)
                    .withGoals(List.of(goal("Liverpool FC", "Salah", "90+4")));

            assertThat(MinuteReading.outsideTies(match)).isEqualTo(match);
        }
    }

    private static TieContext secondLegOf(CompetitionRules rules, LegResult firstLeg) {
        return new TieContext(rules, TieFormat.TWO_LEGS, firstLeg.homeTeam(), firstLeg.awayTeam(), List.of(firstLeg));
    }

    private static List<String> minutes(ImportedMatch match) {
        return match.goals().stream().map(goal -> goal.minute().toString()).toList();
    }
}
