package dev.fulltime.infrastructure.importer.openfootball;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Each cl_finals.txt (the knockout rounds with scorers) imported over real HTTP: the same outcomes as
 * expected-ties.csv, and every scorer on its match's timeline. A cl_finals.txt describes the same competition as the
 * season's cl.txt (same name, same season, same id) under other team names, so this class runs on a store of its
 * own rather than beside {@link OpenfootballImportHttpTest}.
 */
@FulltimeHttpTest
@TestPropertySource(properties = "fulltime.test.store=openfootball-finals")
@DirtiesContext
class OpenfootballFinalsImportHttpTest {

    private static final int KNOCKOUT_TIES = 15;
    private static final int KNOCKOUT_MATCHES = 29;
    /**
     * The 2015-16 file gives the final as 1-1, without the extra time and the shoot-out that decided it: the engine
     * refuses its final whistle while the tie is level, so the import reports it skipped and the tie stays open.
     */
    private static final Map<String, String> FINAL_WHISTLE_REFUSED =
            Map.of("2015-16", "line 107, Real Madrid v Atlético Madrid");

    @LocalServerPort
    private int port;

    private ImportApi imports;

    @BeforeEach
    void setUp() {
        imports = new ImportApi(new ApiClient(port));
    }

    static Stream<String> seasonsWithFinalsFile() {
        return OpenfootballFiles.championsLeagueFiles().stream()
                .filter(file -> file.endsWith("/cl_finals.txt"))
                .map(file -> file.split("/")[1]);
    }

    @ParameterizedTest(name = "{0}/cl_finals.txt: ties decided as they were, every scorer on the timeline")
    @MethodSource("seasonsWithFinalsFile")
    void theKnockoutRoundsWithTheirScorers(String season) {
        String file = OpenfootballFiles.read("champions-league/" + season + "/cl_finals.txt");
        String refused = FINAL_WHISTLE_REFUSED.get(season);

        JsonNode answer = imports.importOk(file);

        String competitionId = "uefa-champions-league-" + season;
        assertThat(answer.path("competitionId").asText()).isEqualTo(competitionId);
        assertThat(answer.path("ties").asInt()).isEqualTo(KNOCKOUT_TIES);
        assertThat(answer.path("matches").asInt()).isEqualTo(KNOCKOUT_MATCHES - (refused == null ? 0 : 1));
        assertThat(answer.path("skipped")).extracting(skipped -> skipped.path("match").asText())
                .containsExactlyElementsOf(refused == null ? List.of() : List.of(refused));
        answer.path("skipped").forEach(skipped -> assertThat(skipped.path("reason").asText()).contains("TIE_UNDECIDED"));

        List<JsonNode> ties = imports.ties(competitionId, KNOCKOUT_TIES,
                tie -> tie.path("status").asText().equals("DECIDED") || holdsASkippedMatch(tie, answer));
        Map<String, String> names = FinalsTeamNames.ofSeason(season);
        for (ExpectedTies.Tie row : ExpectedTies.ofSeason(season)) {
            ExpectedOutcome expected = ExpectedOutcome.of(row, name -> names.getOrDefault(name, name));
            JsonNode tie = expected.find(ties);
            if (holdsASkippedMatch(tie, answer)) {
                assertThat(tie.path("status").asText()).as(expected + ": status").isEqualTo("IN_PROGRESS");
            } else {
                expected.assertIn(ties);
            }
        }
        assertEveryScorerOnTheTimeline(OpenfootballFiles.parse("champions-league/" + season + "/cl_finals.txt"), ties);
    }

    private void assertEveryScorerOnTheTimeline(ParsedCompetition parsed, List<JsonNode> ties) {
        for (ParsedMatch match : parsed.matches()) {
            if (match.goals().isEmpty()) {
                continue;
            }
            List<String> goals = new ArrayList<>();
            imports.timeline(matchId(match, ties)).path("events").forEach(event -> {
                if (event.path("type").asText().equals("GOAL")) {
                    goals.add(event.path("team").asText() + " " + event.path("player").asText() + " "
                            + event.path("minute").asText());
                }
            });
            assertThat(goals).as("line " + match.lineNumber()).containsExactlyInAnyOrderElementsOf(
                    match.goals().stream().map(goal -> goal.team() + " " + goal.player() + " " + goal.minute()
                            + (goal.stoppage() == null ? "" : "+" + goal.stoppage())).toList());
        }
    }

    private static String matchId(ParsedMatch match, List<JsonNode> ties) {
        for (JsonNode tie : ties) {
            for (JsonNode leg : tie.path("legs")) {
                if (leg.path("homeTeam").asText().equals(match.homeTeam())
                        && leg.path("awayTeam").asText().equals(match.awayTeam())
                        && ExpectedTies.roundKey(tie.path("round").asText()).equals(ExpectedTies.roundKey(match.round()))) {
                    return leg.path("matchId").asText();
                }
            }
        }
        throw new AssertionError("no leg of any tie is line " + match.lineNumber());
    }

    private static boolean holdsASkippedMatch(JsonNode tie, JsonNode answer) {
        List<String> legs = new ArrayList<>();
        tie.path("legs").forEach(leg -> legs.add(leg.path("matchId").asText()));
        List<String> skipped = new ArrayList<>();
        answer.path("skipped").forEach(match -> skipped.add(match.path("matchId").asText()));
        return legs.stream().anyMatch(skipped::contains);
    }
}
