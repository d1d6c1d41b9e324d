package dev.fulltime.infrastructure.importer.openfootball;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.tie.Brackets;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code POST /api/imports/openfootball} over real HTTP, on one app for the whole class: each test imports a season
 * of its own, so that their data never meet.
 */
@FulltimeHttpTest
class OpenfootballImportHttpTest {

    private static final int KNOCKOUT_TIES = 15;

    @LocalServerPort
    private int port;

    private ImportApi imports;

    @BeforeEach
    void setUp() {
        imports = new ImportApi(new ApiClient(port));
    }

    static Stream<String> seasonsWithClTxt() {
        return OpenfootballFiles.seasonsWith("cl.txt");
    }

    @ParameterizedTest(name = "{0}/cl.txt: every tie of expected-ties.csv is decided as it was")
    @MethodSource("seasonsWithClTxt")
    void aWholeSeasonIsRecordedAndItsTiesDecidedAsTheyWere(String season) {
        JsonNode answer = imports.importOk(OpenfootballFiles.read("champions-league/" + season + "/cl.txt"));

        String competitionId = "uefa-champions-league-" + season;
        assertThat(answer.path("competitionId").asText()).isEqualTo(competitionId);
        assertThat(answer.path("matches").asInt()).isEqualTo(125);
        assertThat(answer.path("ties").asInt()).isEqualTo(KNOCKOUT_TIES);
        assertThat(answer.path("skipped")).isEmpty();
        List<JsonNode> ties = imports.decidedTies(competitionId, KNOCKOUT_TIES);
        ExpectedTies.ofSeason(season).forEach(tie -> ExpectedOutcome.of(tie, UnaryOperator.identity()).assertIn(ties));
        JsonNode bracket = imports.client().get("/api/competitions/" + competitionId + "/bracket").body();
        assertThat(Brackets.rounds(bracket)).containsExactly("Round of 16", "Quarter-finals", "Semi-finals", "Final");
        Brackets.assertEveryWinnerAdvances(bracket);
    }

    @Test
    void importingTheSameFileAgainAnswersAlikeAndRecordsNothingNew() {
        String file = OpenfootballFiles.read("champions-league/2021-22/cl.txt");
        JsonNode first = imports.importOk(file);
        List<String> matchIds = imports.matchIds(first.path("competitionId").asText(), 125);
        Map<String, Integer> eventsBefore = imports.eventCounts(matchIds);

        JsonNode second = imports.importOk(file);

        assertThat(second).isEqualTo(first);
        assertThat(imports.eventCounts(matchIds)).isEqualTo(eventsBefore);
    }

    @Test
    void aFileThatNowSaysOtherwiseOfARecordedMatchIsReportedNotRewritten() {
        String file = """
                = UEFA Champions League 2010/11

                » Group A
                  Tue Sep/14 2010
                    20.45  FC Twente (NED)  v Inter (ITA)  2-2 (2-1)
                """;
        String matchId = "uefa-champions-league-2010-11:group-a:2010-09-14:fc-twente:inter";
        imports.importOk(file);
        int events = imports.events(matchId).body().path("events").size();

        JsonNode again = imports.importOk(file.replace("2-2 (2-1)", "3-2 (2-1)"));

        assertThat(again.path("matches").asInt()).isZero();
        assertThat(again.path("skipped")).singleElement().satisfies(skipped -> {
            assertThat(skipped.path("match").asText()).isEqualTo("line 5, FC Twente v Inter");
            assertThat(skipped.path("matchId").asText()).isEqualTo(matchId);
            assertThat(skipped.path("reason").asText()).contains("GOAL_OUTSIDE_PLAY");
        });
        assertThat(imports.events(matchId).body().path("events")).hasSize(events);
    }

    @Nested
    class OtherSeasonsAndCompetitions {

        @Test
        void season2019to20WithSingleMatchesFromTheQuarterFinalsOn() {
            List<JsonNode> ties = importSnippet("cl-2019-20.txt", "uefa-champions-league-2019-20", 13, 10);

            Stream.of(
                    new ExpectedOutcome("Round of 16", "Borussia Dortmund", "Paris Saint-Germain", "2-3",
                            "Paris Saint-Germain", "AGGREGATE"),
                    new ExpectedOutcome("Round of 16", "Atlético Madrid", "Liverpool FC", "4-2", "Atlético Madrid",
                            "EXTRA_TIME"),
                    new ExpectedOutcome("Round of 16", "Real Madrid", "Manchester City", "2-4", "Manchester City",
                            "AGGREGATE"),
                    new ExpectedOutcome("Quarter-finals", "FC Barcelona", "Bayern München", "2-8", "Bayern München",
                            "SCORE"),
                    new ExpectedOutcome("Final", "Paris Saint-Germain", "Bayern München", "0-1", "Bayern München",
                            "SCORE"))
                    .forEach(expected -> expected.assertIn(ties));
            assertThat(ties).filteredOn(tie -> tie.path("round").asText().equals("Quarter-finals"))
                    .allSatisfy(tie -> assertThat(tie.path("legs")).hasSize(1));
        }

        @Test
        void season2024to25WithALeaguePhaseAndKnockoutPlayOffs() {
            List<JsonNode> ties = importSnippet("cl-2024-25.txt", "uefa-champions-league-2024-25", 10, 4);

            Stream.of(
                    new ExpectedOutcome("Knockout play-offs", "Manchester City FC", "Real Madrid CF", "3-6",
                            "Real Madrid CF", "AGGREGATE"),
                    new ExpectedOutcome("Knockout play-offs", "Club Brugge KV", "Atalanta BC", "5-2",
                            "Club Brugge KV", "AGGREGATE"),
                    new ExpectedOutcome("Round of 16", "Paris Saint-Germain FC", "Liverpool FC", "1-1",
                            "Paris Saint-Germain FC", "PENALTIES"),
                    new ExpectedOutcome("Final", "Paris Saint-Germain FC", "FC Internazionale Milano", "5-0",
                            "Paris Saint-Germain FC", "SCORE"))
                    .forEach(expected -> expected.assertIn(ties));
            List<String> leagueMatches = imports.matchIds("uefa-champions-league-2024-25", 10).stream()
                    .filter(matchId -> matchId.contains(":league-phase:")).toList();
            assertThat(leagueMatches).hasSize(3);
        }

        @Test
        void europaLeague2024to25() {
            List<JsonNode> ties = importSnippet("el-2024-25.txt", "uefa-europa-league-2024-25", 6, 3);

            Stream.of(
                    new ExpectedOutcome("Knockout play-offs", "FC Twente", "FK Bodø/Glimt", "4-6", "FK Bodø/Glimt",
                            "EXTRA_TIME"),
                    new ExpectedOutcome("Round of 16", "Fenerbahçe", "Rangers FC", "3-3", "Rangers FC", "PENALTIES"),
                    new ExpectedOutcome("Final", "Tottenham Hotspur FC", "Manchester United FC", "1-0",
                            "Tottenham Hotspur FC", "SCORE"))
                    .forEach(expected -> expected.assertIn(ties));
        }

        @Test
        void conferenceLeague2023to24() {
            List<JsonNode> ties = importSnippet("conf-2023-24.txt", "uefa-conference-league-2023-24", 4, 2);

            Stream.of(
                    new ExpectedOutcome("Round of 16", "Servette FC", "Viktoria Plzeň", "0-0", "Viktoria Plzeň",
                            "PENALTIES"),
                    new ExpectedOutcome("Final", "Olympiakos Piraeus", "ACF Fiorentina", "1-0", "Olympiakos Piraeus",
                            "EXTRA_TIME"))
                    .forEach(expected -> expected.assertIn(ties));
        }

        private List<JsonNode> importSnippet(String file, String competitionId, int matches, int ties) {
            JsonNode answer = imports.importOk(OpenfootballFiles.read("snippets/" + file));

            assertThat(answer.path("competitionId").asText()).isEqualTo(competitionId);
            assertThat(answer.path("matches").asInt()).isEqualTo(matches);
            assertThat(answer.path("ties").asInt()).isEqualTo(ties);
            return imports.decidedTies(competitionId, ties);
        }
    }

    @Nested
    class RefusedFiles {

        private static final String FINAL_2019 = """
                = UEFA Champions League 2018/19

                » Final
                  Sat Jun/1 2019
                    21.00  Tottenham Hotspur (ENG) v Liverpool FC (ENG)  0-2 (0-1)
                """;
        private static final String FINAL_2019_ID =
                "uefa-champions-league-2018-19:final:2019-06-01:tottenham-hotspur:liverpool-fc";

        @Test
        void aFileWithUnreadableLinesIsRefusedWholeNamingEveryOne() {
            Answer answer = imports.post(FINAL_2019 + "this line is garbage\n  21.00 Ajax v\n");

            assertProblem(answer, 422);
            assertThat(answer.body().path("detail").asText())
                    .contains("line 6: this line is garbage", "line 7: 21.00 Ajax v");
            assertThat(answer.body().path("lines")).hasSize(2);
            assertThat(answer.body().path("lines").get(0).path("line").asInt()).isEqualTo(6);
            assertThat(answer.body().path("lines").get(0).path("text").asText()).isEqualTo("this line is garbage");
            assertNothingRecorded("uefa-champions-league-2018-19", FINAL_2019_ID);
        }

        @Test
        void aFileThatContradictsItselfIsRefusedWholeNamingEveryContradiction() {
            Answer answer = imports.post("""
                    = UEFA Champions League 2017/18

                    » Round of 16
                      Tue Mar/6 2018
                        20.45  Liverpool FC (ENG)  v FC Porto (POR)  0-0 (0-0)
                               [Salah 12']
                        20.45  Paris Saint-Germain (FRA)  v Real Madrid (ESP)  4-4 pen. 1-2 a.e.t. (1-2, 0-1)
                    """);

            assertProblem(answer, 422);
            assertThat(answer.body().path("problems"))
                    .extracting(problem -> problem.path("where").asText(), problem -> problem.path("problem").asText())
                    .containsExactly(
                            tuple("line 5, Liverpool FC v FC Porto",
                                    "the goal of Salah at 12' is one goal more for Liverpool FC than the score 0-0 (0-0) has"),
                            tuple("line 7, Paris Saint-Germain v Real Madrid",
                                    "the shoot-out is given as 4-4, but a shoot-out cannot end level"));
            assertThat(answer.body().path("detail").asText()).contains("line 5", "line 7");
            assertNothingRecorded("uefa-champions-league-2017-18",
                    "uefa-champions-league-2017-18:round-of-16:2018-03-06:liverpool-fc:fc-porto");
        }

        @Test
        void aBodyThatIsNotTextIsRefusedAsAnUnsupportedMediaType() {
            Answer answer = imports.client().postRaw(ImportApi.PATH, FINAL_2019, "application/json", Map.of());

            assertProblem(answer, 415);
        }

        @Test
        void anEmptyBodyIsMalformed() {
            Answer answer = imports.post("");

            assertProblem(answer, 400);
            assertThat(answer.body().path("detail").asText()).contains("the body is empty");
        }

        @Test
        void aBodyOverFiveMegabytesIsRefusedUnread() {
            Answer answer = imports.post(FINAL_2019 + "#".repeat(5 * 1024 * 1024));

            assertProblem(answer, 413);
            assertNothingRecorded("uefa-champions-league-2018-19", FINAL_2019_ID);
        }

        private static void assertProblem(Answer answer, int status) {
            assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body().path("title").asText()).isNotBlank();
            assertThat(answer.body().path("detail").asText()).isNotBlank();
        }

        private void assertNothingRecorded(String competitionId, String matchId) {
            assertThat(imports.client().get("/api/competitions/" + competitionId).status()).isEqualTo(404);
            assertThat(imports.events(matchId).status()).isEqualTo(404);
        }
    }
}
