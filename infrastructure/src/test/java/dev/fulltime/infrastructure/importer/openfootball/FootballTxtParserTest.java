package dev.fulltime.infrastructure.importer.openfootball;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FootballTxtParserTest {

    private static final Pattern MATCH_COUNT = Pattern.compile("(?m)^# Matches\\s+(\\d+)");

    private final FootballTxtParser parser = new FootballTxtParser();

    static Stream<String> championsLeagueFiles() {
        return OpenfootballFiles.championsLeagueFiles().stream();
    }

    static Stream<String> finalsFiles() {
        return championsLeagueFiles().filter(file -> file.endsWith("cl_finals.txt"));
    }

    @Nested
    class EveryLocalFile {

        @Test
        void allFourteenFilesAreThere() {
            assertThat(OpenfootballFiles.championsLeagueFiles()).hasSize(14);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.fulltime.infrastructure.importer.openfootball.FootballTxtParserTest#championsLeagueFiles")
        void isReadWhole(String file) {
            ParsedCompetition competition = OpenfootballFiles.parse(file);

            assertThat(competition.name()).isEqualTo("UEFA Champions League");
            assertThat(competition.season()).isEqualTo(file.split("/")[1]);
            assertThat(competition.matches()).allSatisfy(match -> {
                assertThat(match.homeTeam()).doesNotContain("(").isNotBlank();
                assertThat(match.awayTeam()).doesNotContain("(").isNotBlank();
                assertThat(match.fullTime()).isNotNull();
            });
        }

        @ParameterizedTest(name = "{0} holds as many matches as its header says")
        @MethodSource("dev.fulltime.infrastructure.importer.openfootball.FootballTxtParserTest#championsLeagueFiles")
        void holdsTheMatchCountOfItsHeader(String file) {
            Matcher count = MATCH_COUNT.matcher(OpenfootballFiles.read(file));
            int expected = count.find() ? Integer.parseInt(count.group(1)) : 29;

            assertThat(OpenfootballFiles.parse(file).matches()).hasSize(expected);
        }

        @ParameterizedTest(name = "{0}: 96 group matches, then 29 knockout matches")
        @MethodSource("dev.fulltime.infrastructure.importer.openfootball.FootballTxtParserTest#championsLeagueFiles")
        void separatesGroupsFromKnockoutRounds(String file) {
            List<ParsedMatch> matches = OpenfootballFiles.parse(file).matches();

            assertThat(matches.stream().filter(ParsedMatch::knockout)).hasSize(29);
            assertThat(matches.stream().filter(match -> !match.knockout())).hasSize(file.endsWith("cl.txt") ? 96 : 0);
            assertThat(matches).extracting(ParsedMatch::round).isSubsetOf(
                    "Group A", "Group B", "Group C", "Group D", "Group E", "Group F", "Group G", "Group H",
                    "Round of 16", "Quarter-finals", "Semi-finals", "Final");
        }

        @ParameterizedTest(name = "{0}: scorers add up to the score")
        @MethodSource("dev.fulltime.infrastructure.importer.openfootball.FootballTxtParserTest#finalsFiles")
        void listsAsManyScorersAsTheScoreHasGoals(String file) {
            List<ParsedMatch> withScorers = OpenfootballFiles.parse(file).matches().stream()
                    .filter(match -> !match.goals().isEmpty())
                    .toList();

            assertThat(withScorers).allSatisfy(match -> {
                ParsedScore last = match.afterExtraTime() != null ? match.afterExtraTime() : match.fullTime();
                assertThat(match.goals()).allSatisfy(goal -> assertThat(goal.minute()).isNotNull());
                assertThat(match.goals().stream().filter(goal -> goal.team().equals(match.homeTeam())))
                        .as("home goals of line %d", match.lineNumber()).hasSize(last.home());
                assertThat(match.goals().stream().filter(goal -> goal.team().equals(match.awayTeam())))
                        .as("away goals of line %d", match.lineNumber()).hasSize(last.away());
            });
        }
    }

    @Nested
    class SpotChecks {

        @Test
        void theFinalOf2014WasWonInExtraTimeAfter1to1() {
            ParsedMatch realAtletico = lastMatch("champions-league/2013-14/cl_finals.txt");

            assertThat(realAtletico).extracting(ParsedMatch::round, ParsedMatch::leg, ParsedMatch::date,
                            ParsedMatch::time, ParsedMatch::homeTeam, ParsedMatch::awayTeam)
                    .containsExactly("Final", null, LocalDate.of(2014, 5, 24), LocalTime.of(20, 45),
                            "Real Madrid", "Atlético Madrid");
            assertThat(realAtletico.fullTime()).isEqualTo(new ParsedScore(1, 1));
            assertThat(realAtletico.afterExtraTime()).isEqualTo(new ParsedScore(4, 1));
            assertThat(realAtletico.halfTime()).isNull();
            assertThat(realAtletico.penalties()).isNull();
            assertThat(realAtletico.goals())
                    .extracting(ParsedGoal::team, ParsedGoal::player, ParsedGoal::minute, ParsedGoal::stoppage,
                            ParsedGoal::penalty, ParsedGoal::ownGoal)
                    .containsExactly(
                            tuple("Real Madrid", "Ramos", 90, 3, false, false),
                            tuple("Real Madrid", "Bale", 110, null, false, false),
                            tuple("Real Madrid", "Marcelo", 118, null, false, false),
                            tuple("Real Madrid", "Ronaldo", 120, null, true, false),
                            tuple("Atlético Madrid", "Godín", 36, null, false, false));
        }

        @Test
        void theFinalOf2014InClTxtAlsoGivesTheHalfTime() {
            ParsedMatch realAtletico = lastMatch("champions-league/2013-14/cl.txt");

            assertThat(realAtletico.halfTime()).isEqualTo(new ParsedScore(0, 1));
            assertThat(realAtletico.fullTime()).isEqualTo(new ParsedScore(1, 1));
            assertThat(realAtletico.afterExtraTime()).isEqualTo(new ParsedScore(4, 1));
        }

        @Test
        void apoelBeatLyonOnPenaltiesIn2012WithoutAHalfTimeInTheFinalsFile() {
            ParsedMatch apoelLyon = match("champions-league/2011-12/cl_finals.txt", "APOEL", "Olympique Lyonnais");

            assertThat(apoelLyon.round()).isEqualTo("Round of 16");
            assertThat(apoelLyon.leg()).isEqualTo(2);
            assertThat(apoelLyon.date()).isEqualTo(LocalDate.of(2012, 3, 7));
            assertThat(apoelLyon.penalties()).isEqualTo(new ParsedScore(4, 3));
            assertThat(apoelLyon.afterExtraTime()).isEqualTo(new ParsedScore(1, 0));
            assertThat(apoelLyon.fullTime()).isEqualTo(new ParsedScore(1, 0));
            assertThat(apoelLyon.halfTime()).isNull();
        }

        @Test
        void apoelBeatLyonOnPenaltiesIn2012WithTheHalfTimeInClTxt() {
            ParsedMatch apoelLyon = match("champions-league/2011-12/cl.txt", "APOEL Nikosia", "Olympique Lyonnais");

            assertThat(apoelLyon.leg()).isNull();
            assertThat(apoelLyon).extracting(ParsedMatch::penalties, ParsedMatch::afterExtraTime,
                            ParsedMatch::fullTime, ParsedMatch::halfTime)
                    .containsExactly(new ParsedScore(4, 3), new ParsedScore(1, 0), new ParsedScore(1, 0),
                            new ParsedScore(1, 0));
        }

        @Test
        void liverpoolLost2to5AtHomeToRealMadridIn2023() {
            ParsedMatch liverpoolReal = match("champions-league/2022-23/cl.txt", "Liverpool FC", "Real Madrid");

            assertThat(liverpoolReal).extracting(ParsedMatch::lineNumber, ParsedMatch::round, ParsedMatch::date,
                            ParsedMatch::time, ParsedMatch::halfTime, ParsedMatch::fullTime)
                    .containsExactly(186, "Round of 16", LocalDate.of(2023, 2, 21), LocalTime.of(21, 0),
                            new ParsedScore(2, 2), new ParsedScore(2, 5));
            assertThat(liverpoolReal.afterExtraTime()).isNull();
            assertThat(liverpoolReal.goals()).isEmpty();
        }

        @Test
        void aContinuationLineSharesTheKickOffOfTheLineAbove() {
            ParsedMatch liverpoolRangers = match("champions-league/2022-23/cl.txt", "Liverpool FC", "Rangers FC");

            assertThat(liverpoolRangers.date()).isEqualTo(LocalDate.of(2022, 10, 4));
            assertThat(liverpoolRangers.time()).isEqualTo(LocalTime.of(21, 0));
        }

        @Test
        void aGroupAfterAnotherRestartsInSeptemberOfTheSameYear() {
            List<ParsedMatch> matches = OpenfootballFiles.parse("champions-league/2011-12/cl.txt").matches();

            assertThat(matches).filteredOn(match -> match.round().equals("Group B")).first()
                    .extracting(ParsedMatch::date).isEqualTo(LocalDate.of(2011, 9, 14));
            assertThat(matches).filteredOn(match -> match.round().equals("Round of 16")).first()
                    .extracting(ParsedMatch::date).isEqualTo(LocalDate.of(2012, 2, 14));
        }

        @Test
        void germanGroupHeadersAreNormalised() {
            assertThat(OpenfootballFiles.parse("champions-league/2022-23/cl.txt").matches())
                    .extracting(ParsedMatch::round).contains("Group G", "Group H").doesNotContain("Gruppe G");
        }

        @Test
        void anOwnGoalCountsForTheSideItIsListedUnder() {
            ParsedMatch psgChelsea = match("champions-league/2013-14/cl_finals.txt", "Paris Saint-Germain", "Chelsea FC");

            assertThat(psgChelsea.goals()).filteredOn(ParsedGoal::ownGoal)
                    .extracting(ParsedGoal::team, ParsedGoal::player, ParsedGoal::minute)
                    .containsExactly(tuple("Paris Saint-Germain", "Luiz", 61));
        }

        @Test
        void aSideWithoutGoalsIsWrittenAsADash() {
            ParsedMatch bayernReal = match("champions-league/2013-14/cl_finals.txt", "Bayern München", "Real Madrid");

            assertThat(bayernReal.goals()).extracting(ParsedGoal::team).containsOnly("Real Madrid").hasSize(4);
            assertThat(bayernReal.goals()).extracting(ParsedGoal::player, ParsedGoal::minute)
                    .containsExactly(tuple("Ramos", 16), tuple("Ramos", 20), tuple("Ronaldo", 34), tuple("Ronaldo", 90));
        }

        @Test
        void datesWithoutAWeekdayAndLegsAfterACommaAreRead() {
            ParsedMatch psgChelsea = match("champions-league/2014-15/cl_finals.txt", "Paris Saint-Germain", "Chelsea");

            assertThat(psgChelsea).extracting(ParsedMatch::round, ParsedMatch::leg, ParsedMatch::date)
                    .containsExactly("Round of 16", 1, LocalDate.of(2015, 2, 17));
        }
    }

    @Nested
    class Refusing {

        @Test
        void aFileWithAGarbageLineIsRefusedNamingThatLine() {
            String text = OpenfootballFiles.read("champions-league/2022-23/cl.txt")
                    .replace("           Liverpool FC (ENG)      v Rangers FC (SCO)         2-0 (1-0)",
                            "           this is not a match line");

            assertThatThrownBy(() -> parser.parse(text))
                    .isInstanceOfSatisfying(FootballTxtParseException.class, refused ->
                            assertThat(refused.unreadableLines()).containsExactly(
                                    new UnreadableLine(19, "           this is not a match line")))
                    .hasMessageContaining("line 19: this is not a match line");
        }

        @Test
        void everyUnreadableLineIsNamedNotOnlyTheFirst() {
            String text = """
                    = UEFA Champions League 2022/23
                    » Group A
                      Wed Sep/7 2022
                        18.45  AFC Ajax (NED)          v Rangers FC (SCO)         4-0 (3-0) trailing junk
                        21.00  SSC Napoli (ITA)        v Liverpool FC (ENG)       4-1 (3-0)
                      Thu Sep/7
                    » Group Z
                        21.00  Liverpool FC (ENG)      v AFC Ajax (NED)           2-1 (1-1, 0-0)
                    """;

            assertThatThrownBy(() -> parser.parse(text))
                    .isInstanceOfSatisfying(FootballTxtParseException.class, refused ->
                            assertThat(refused.unreadableLines()).extracting(UnreadableLine::lineNumber)
                                    .containsExactly(4, 6, 7, 8));
        }

        @Test
        void aMatchBeforeAnyDateOrRoundIsRefused() {
            String text = """
                    = UEFA Champions League 2022/23
                        18.45  AFC Ajax (NED)          v Rangers FC (SCO)         4-0 (3-0)
                    """;

            assertThatThrownBy(() -> parser.parse(text)).isInstanceOf(FootballTxtParseException.class)
                    .hasMessageContaining("line 2:");
        }

        @Test
        void aScorerListThatIsNeverClosedIsRefusedAndTheLinesAfterItAreStillRead() {
            String text = """
                    = UEFA Champions League 2013/14
                    Final
                    [Sat May/24]
                      20.45   Real Madrid     4-1 a.e.t. (1-1, )  Atlético Madrid
                                 [Ramos 90+3' Bale 110' Marcelo 118' Ronaldo 120' (pen.); Godín 36'
                    [Sun May/25]
                      20.45   Atlético Madrid     1-0  Real Madrid
                    """;

            assertThatThrownBy(() -> parser.parse(text))
                    .isInstanceOfSatisfying(FootballTxtParseException.class, refused ->
                            assertThat(refused.unreadableLines()).extracting(UnreadableLine::lineNumber)
                                    .containsExactly(5));
        }

        @Test
        void blankLinesAndCommentsAreNotRefused() {
            String text = "= UEFA Champions League 2011/12   ## Finals\r\n\r\n# a comment\r\n   \r\n";

            assertThat(parser.parse(text)).isEqualTo(new ParsedCompetition("UEFA Champions League", "2011-12", List.of()));
        }
    }

    private static ParsedMatch match(String file, String homeTeam, String awayTeam) {
        return OpenfootballFiles.parse(file).matches().stream()
                .filter(match -> match.homeTeam().equals(homeTeam) && match.awayTeam().equals(awayTeam))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + homeTeam + " v " + awayTeam + " in " + file));
    }

    private static ParsedMatch lastMatch(String file) {
        List<ParsedMatch> matches = OpenfootballFiles.parse(file).matches();
        return matches.get(matches.size() - 1);
    }
}
