package dev.fulltime.application.importing;

import static dev.fulltime.application.importing.Imported.competition;
import static dev.fulltime.application.importing.Imported.goal;
import static dev.fulltime.application.importing.Imported.group;
import static dev.fulltime.application.importing.Imported.knockout;
import static dev.fulltime.application.importing.PlannedFacts.described;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.fulltime.domain.match.command.ScheduleMatch;
import dev.fulltime.domain.tie.CompetitionRules;
import dev.fulltime.domain.tie.TieFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ImportPlannerTest {

    private static final String CL = "UEFA Champions League";

    @Nested
    class TheCompetition {

        @Test
        void isNamedByNameAndSeasonWithUefaRules() {
            ImportPlan plan = ImportPlanner.plan(competition(CL, "2019-20"));

            assertThat(plan.competition().competitionId()).isEqualTo("uefa-champions-league-2019-20");
            assertThat(plan.competition().rules()).isEqualTo(new CompetitionRules(true, true, true));
            assertThat(ImportPlanner.plan(competition(CL, "2021-22")).competition().rules())
                    .isEqualTo(new CompetitionRules(false, true, true));
        }

        @Test
        void anOlderEuropaLeagueHeaderWithoutUefaIsStillAUefaCompetition() {
            assertThat(ImportPlanner.plan(competition("Europa League", "2012-13")).competition().rules())
                    .isEqualTo(new CompetitionRules(true, true, true));
        }

        @Test
        void anyOtherCompetitionHasExtraTimeAndPenaltiesButNoAwayGoals() {
            assertThat(ImportPlanner.plan(competition("DFB-Pokal", "2012-13")).competition().rules())
                    .isEqualTo(new CompetitionRules(false, true, true));
        }

        @Test
        void whoseRulesCannotBeKnownIsRefusedAtOnce() {
            assertThatThrownBy(() -> ImportPlanner.plan(competition(CL, "2022",
                    knockout("Final", null, "Manchester City", "Inter", "2023-06-10", "1-0", null, null))))
                    .isInstanceOfSatisfying(ImportRefusedException.class, refused ->
                            assertThat(refused.problems()).extracting(ImportProblem::where, ImportProblem::problem)
                                    .containsExactly(tuple("the competition",
                                            "season '2022' is not written like 2020-21 or 2020/21")));
        }

        @Test
        void withoutNameOrSeasonIsRefused() {
            assertThatThrownBy(() -> ImportPlanner.plan(competition(null, null)))
                    .isInstanceOf(ImportRefusedException.class)
                    .hasMessageContaining("its name and season are not given");
        }
    }

    @Nested
    class Matches {

        @Test
        void groupMatchesAreInTheCompetitionAndNoTie() {
            ImportPlan plan = ImportPlanner.plan(competition(CL, "2022-23",
                    group("Liverpool FC", "Ajax", "2022-09-13", "2-1", "1-1")));

            assertThat(plan.ties()).isEmpty();
            assertThat(plan.matches()).singleElement().extracting(PlannedMatch::schedule)
                    .extracting(ScheduleMatch::matchId, ScheduleMatch::competitionId, ScheduleMatch::round,
                            ScheduleMatch::tieId)
                    .containsExactly("uefa-champions-league-2022-23:group-a:2022-09-13:liverpool-fc:ajax",
                            "uefa-champions-league-2022-23", "Group A", null);
        }

        @Test
        void kickOffIsTheLocalTimeInTheSourcesZoneAndUnknownWithoutATime() {
            ImportedMatch evening = group("Liverpool FC", "Ajax", "2022-09-13", "2-1", null);
            ImportedMatch noTime = new ImportedMatch("line 9", "Group A", false, null, LocalDate.of(2022, 10, 4),
                    null, "Ajax", "Liverpool FC", null, null, null, null, List.of());

            ImportPlan plan = ImportPlanner.plan(competition(CL, "2022-23", evening, noTime));

            assertThat(plan.matches()).extracting(match -> match.schedule().kickoffAt())
                    .containsExactly(Instant.parse("2022-09-13T19:00:00Z"), null);
        }

        @Test
        void aFixtureWhoseTeamsAreNotKnownYetIsNoMatch() {
            ImportPlan plan = ImportPlanner.plan(competition(CL, "2025-26",
                    knockout("Quarter-finals", null, "N.N.", "N.N.", "2026-04-07", null, null, null)));

            assertThat(plan.ties()).isEmpty();
            assertThat(plan.notCreated()).extracting(SkippedMatch::matchId, SkippedMatch::reason)
                    .containsExactly(tuple(null, "the teams are not known yet"));
        }
    }

    @Nested
    class KnockoutTies {

        @Test
        void twoMatchesOfARoundBetweenTheSameTeamsAreTheLegsOfATieInDateOrder() {
            ImportPlan plan = ImportPlanner.plan(competition(CL, "2022-23",
                    knockout("Round of 16", null, "Real Madrid", "Liverpool FC", "2023-03-15", "1-0", null, null),
                    knockout("Round of 16", null, "Liverpool FC", "Real Madrid", "2023-02-21", "2-5", null, null)));

            assertThat(plan.ties()).singleElement().satisfies(tie -> {
                assertThat(tie.tieId())
                        .isEqualTo("uefa-champions-league-2022-23:round-of-16:liverpool-fc:real-madrid");
                assertThat(tie).extracting(PlannedTie::teamA, PlannedTie::teamB, PlannedTie::format)
                        .containsExactly("Liverpool FC", "Real Madrid", TieFormat.TWO_LEGS);
                assertThat(tie.legs()).extracting(leg -> leg.schedule().homeTeam(), leg -> leg.schedule().leg(),
                                leg -> leg.schedule().tieId())
                        .containsExactly(tuple("Liverpool FC", 1, tie.tieId()), tuple("Real Madrid", 2, tie.tieId()));
            });
            assertThat(plan.matches()).isEmpty();
        }

        @Test
        void aRoundOfSingleMatchesMakesSingleMatchTies() {
            ImportPlan plan = ImportPlanner.plan(competition(CL, "2019-20",
                    knockout("Quarter-finals", null, "Atalanta", "Paris Saint-Germain", "2020-08-12", "1-2", null, null),
                    knockout("Final", null, "Paris Saint-Germain", "Bayern München", "2020-08-23", "0-1", null, null)));

            assertThat(plan.ties()).extracting(PlannedTie::round, PlannedTie::teamA, PlannedTie::format)
                    .containsExactly(tuple("Quarter-finals", "Atalanta", TieFormat.SINGLE_MATCH),
                            tuple("Final", "Paris Saint-Germain", TieFormat.SINGLE_MATCH));
        }

        @Test
        void aTieOfATwoLeggedRoundWithOnlyItsNamedSecondLegKeepsTheFirstToCome() {
            ImportPlan plan = ImportPlanner.plan(competition(CL, "2024-25",
                    knockout("Knockout play-offs", 2, "Real Madrid", "Manchester City", "2025-02-19", null, null, null)));

            assertThat(plan.ties()).singleElement()
                    .extracting(PlannedTie::teamA, PlannedTie::format, tie -> tie.legs().get(0).schedule().leg())
                    .containsExactly("Manchester City", TieFormat.TWO_LEGS, 2);
        }

        @Test
        void aSecondLegPlayedWithoutItsFirstCannotBeRecorded() {
            assertThatThrownBy(() -> ImportPlanner.plan(competition(CL, "2024-25",
                    knockout("Knockout play-offs", 2, "Real Madrid", "Manchester City", "2025-02-19", "3-1", null, null))))
                    .isInstanceOfSatisfying(ImportRefusedException.class, refused ->
                            assertThat(refused.problems()).extracting(ImportProblem::problem).containsExactly(
                                    "the second leg is played, but the first leg is not in the source: the tie "
                                            + "cannot be decided without it"));
        }

        @Test
        void everyContradictionOfTheSourceIsNamedInOneRefusal() {
            assertThatThrownBy(() -> ImportPlanner.plan(competition(CL, "2022-23",
                    knockout("Round of 16", null, "Liverpool FC", "Real Madrid", "2023-02-21", "2-5", null, null),
                    knockout("Round of 16", null, "Liverpool FC", "Real Madrid", "2023-03-15", "0-1", null, null),
                    knockout("Final", null, "Manchester City", "Inter", "2023-06-10", "1-1", "1-1", "4-4"))))
                    .isInstanceOfSatisfying(ImportRefusedException.class, refused ->
                            assertThat(refused.problems()).extracting(ImportProblem::problem).containsExactly(
                                    "both legs are played at Liverpool FC's ground (line 1, Liverpool FC v Real Madrid)",
                                    "the shoot-out is given as 4-4, but a shoot-out cannot end level"));
        }
    }

    @Nested
    class TheRulesOfTheGame {

        @Test
        void leaveOutTheFinalWhistleOfALevelTieTheSourceStopsShortOfDecidingAndReportTheMatchUnfinished() {
            ImportPlan plan = ImportPlanner.plan(competition(CL, "2015-16",
                    knockout("Round of 16", null, "PSV Eindhoven", "Atlético Madrid", "2016-02-24", "0-0", null, null),
                    knockout("Round of 16", null, "Atlético Madrid", "PSV Eindhoven", "2016-03-15", "0-0", null, null),
                    knockout("Final", null, "Real Madrid", "Atlético Madrid", "2016-05-28", "1-1", null, null)));

            assertThat(plan.ties()).flatExtracting(PlannedTie::legs)
                    .extracting(leg -> described(leg.facts()).get(leg.facts().size() - 1))
                    .containsExactly("final whistle", "end SECOND_HALF", "end SECOND_HALF");
            assertThat(plan.unfinished()).extracting(UnfinishedMatch::match, UnfinishedMatch::matchId,
                            UnfinishedMatch::reason)
                    .containsExactly(
                            tuple("line 1, Atlético Madrid v PSV Eindhoven", plan.ties().get(0).legs().get(1).matchId(),
                                    "the source gives no extra time or shoot-out for a tie level after 90 minutes"),
                            tuple("line 1, Real Madrid v Atlético Madrid",
                                    "uefa-champions-league-2015-16:final:2016-05-28:real-madrid:atletico-madrid",
                                    "the source gives no extra time or shoot-out for a tie level after 90 minutes"));
            assertThat(plan.matchCount()).isEqualTo(3);
        }

        @Test
        void stillRefuseTheWholeSourceForAShootOutStraightAfterNinetyMinutes() {
            assertThatThrownBy(() -> ImportPlanner.plan(competition(CL, "2015-16",
                    knockout("Final", null, "Real Madrid", "Atlético Madrid", "2016-05-28", "1-1", null, "5-3"))))
                    .isInstanceOfSatisfying(ImportRefusedException.class, refused ->
                            assertThat(refused.problems()).extracting(ImportProblem::problem).singleElement()
                                    .asString().startsWith("the rules of the game refuse the start of "
                                            + "PENALTY_SHOOTOUT (SHOOTOUT_NOT_NEEDED)"));
        }

        @Test
        void refuseExtraTimeInASecondLegThatDidNotNeedIt() {
            assertThatThrownBy(() -> ImportPlanner.plan(competition(CL, "2012-13",
                    knockout("Round of 16", null, "Galatasaray", "Schalke 04", "2013-02-20", "1-1", null, null),
                    knockout("Round of 16", null, "Schalke 04", "Galatasaray", "2013-03-12", "2-2", "2-3", null))))
                    .isInstanceOfSatisfying(ImportRefusedException.class, refused ->
                            assertThat(refused.problems()).extracting(ImportProblem::problem).singleElement()
                                    .asString().startsWith("the rules of the game refuse the start of "
                                            + "EXTRA_TIME_FIRST_HALF (EXTRA_TIME_NOT_NEEDED)"));
        }

        @Test
        void bindTheDecidingLegToTheLegsBeforeIt() {
            ImportPlan plan = ImportPlanner.plan(competition(CL, "2011-12",
                    knockout("Round of 16", null, "Olympique Lyonnais", "APOEL Nikosia", "2012-02-14", "1-0", null, null),
                    knockout("Round of 16", null, "APOEL Nikosia", "Olympique Lyonnais", "2012-03-07", "1-0", "1-0",
                            "4-3")));

            assertThat(plan.ties()).singleElement().extracting(tie -> tie.legs().size()).isEqualTo(2);
        }
    }

    @Nested
    class ScorersMinutesOverNinetyWithoutPlus {

        @Test
        void areStoppageTimeInASecondLegThatLeavesTheTieDecidedAfterNinetyMinutes() {
            ImportPlan plan = ImportPlanner.plan(competition(CL, "2012-13",
                    knockout("Round of 16", null, "Galatasaray", "Schalke 04", "2013-02-20", "1-1", null, null),
                    knockout("Round of 16", null, "Schalke 04", "Galatasaray", "2013-03-12", "2-3", null, null)
                            .withGoals(List.of(goal("Schalke 04", "R. Neustädter", "17"),
                                    goal("Schalke 04", "M. Bastos", "63"),
                                    goal("Galatasaray", "Hamit Altintop", "37"),
                                    goal("Galatasaray", "Burak Yilmaz", "42"),
                                    goal("Galatasaray", "U. Bulut", "95")))));

            assertThat(described(plan.ties().get(0).legs().get(1).facts())).containsExactly(
                    "start FIRST_HALF", "goal Schalke 04 R. Neustädter 17' REGULAR",
                    "goal Galatasaray Hamit Altintop 37' REGULAR", "goal Galatasaray Burak Yilmaz 42' REGULAR",
                    "end FIRST_HALF",
                    "start SECOND_HALF", "goal Schalke 04 M. Bastos 63' REGULAR",
                    "goal Galatasaray U. Bulut 90+5' REGULAR", "end SECOND_HALF",
                    "final whistle");
        }

        @Test
        void areExtraTimeInADecidingMatchThatLeavesTheTieLevelAfterNinetyMinutes() {
            ImportPlan plan = ImportPlanner.plan(competition(CL, "2015-16",
                    knockout("Round of 16", null, "Juventus", "Bayern München", "2016-02-23", "2-2", null, null),
                    knockout("Round of 16", null, "Bayern München", "Juventus", "2016-03-16", "4-2", null, null)
                            .withGoals(List.of(goal("Bayern München", "Lewandowski", "73"),
                                    goal("Bayern München", "Müller", "90+1"),
                                    goal("Bayern München", "Thiago", "108"),
                                    goal("Bayern München", "Coman", "110"),
                                    goal("Juventus", "Pogba", "5"), goal("Juventus", "Cuadrado", "28")))));

            assertThat(described(plan.ties().get(0).legs().get(1).facts())).containsSubsequence(
                    "goal Bayern München Müller 90+1' REGULAR", "end SECOND_HALF",
                    "start EXTRA_TIME_FIRST_HALF", "end EXTRA_TIME_FIRST_HALF",
                    "start EXTRA_TIME_SECOND_HALF", "goal Bayern München Thiago 108' REGULAR",
                    "goal Bayern München Coman 110' REGULAR", "end EXTRA_TIME_SECOND_HALF", "final whistle");
            assertThat(plan.unfinished()).isEmpty();
        }
    }
}
