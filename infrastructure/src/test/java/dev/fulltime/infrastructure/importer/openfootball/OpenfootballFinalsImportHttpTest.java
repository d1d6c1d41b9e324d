package dev.fulltime.infrastructure.importer.openfootball;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
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
 * season's cl.txt (same name and season, so the same id) under other team names, so this class runs on a store of
 * its own rather than beside {@link OpenfootballImportHttpTest}.
 *
 * <p>Two of the files have errors the rules of the game catch: such a file is refused whole, naming its bad lines,
 * and imports once they are corrected as the season's cl.txt gives those matches.
 */
@FulltimeHttpTest
@TestPropertySource(properties = "fulltime.test.store=openfootball-finals")
@DirtiesContext
class OpenfootballFinalsImportHttpTest {

    private static final int KNOCKOUT_TIES = 15;
    private static final int KNOCKOUT_MATCHES = 29;

    /** A line of a cl_finals.txt the rules refuse, and how the season's cl.txt gives that match. */
    private record KnownError(String where, String rule, String written, String correction) {
    }

    private static final Map<String, List<KnownError>> KNOWN_ERRORS = Map.of(
            "2012-13", List.of(
                    // stoppage time written as if it were extra time: 95' for 90+5', 92' for 90+2'
                    new KnownError("line 35, Schalke 04 v Galatasaray", "EXTRA_TIME_NOT_NEEDED",
                            "U. Bulut 95'", "U. Bulut 90+5'"),
                    new KnownError("line 37, FC Barcelona v Milan", "EXTRA_TIME_NOT_NEEDED",
                            "Jordi Alba 92'", "Jordi Alba 90+2'")),
            "2015-16", List.of(
                    // level ties given without the extra time and the shoot-out that decided them
                    new KnownError("line 45, Atlético Madrid v PSV Eindhoven", "TIE_UNDECIDED",
                            "Atlético Madrid      0-0  PSV", "Atlético Madrid      8-7 pen. 0-0 a.e.t. (0-0)  PSV"),
                    new KnownError("line 107, Real Madrid v Atlético Madrid", "TIE_UNDECIDED",
                            "Real Madrid          1-1  Atlético",
                            "Real Madrid          5-3 pen. 1-1 a.e.t. (1-1, 1-0)  Atlético")));

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
        List<KnownError> errors = KNOWN_ERRORS.getOrDefault(season, List.of());
        if (!errors.isEmpty()) {
            assertRefusedNaming(imports.post(file), errors);
            file = corrected(file, errors);
        }

        JsonNode answer = imports.importOk(file);

        String competitionId = "uefa-champions-league-" + season;
        assertThat(answer.path("competitionId").asText()).isEqualTo(competitionId);
        assertThat(answer.path("matches").asInt()).isEqualTo(KNOCKOUT_MATCHES);
        assertThat(answer.path("ties").asInt()).isEqualTo(KNOCKOUT_TIES);
        assertThat(answer.path("skipped")).isEmpty();
        List<JsonNode> ties = imports.decidedTies(competitionId, KNOCKOUT_TIES);
        Map<String, String> names = FinalsTeamNames.ofSeason(season);
        ExpectedTies.ofSeason(season).forEach(tie ->
                ExpectedOutcome.of(tie, name -> names.getOrDefault(name, name)).assertIn(ties));
        assertEveryScorerOnTheTimeline(new FootballTxtParser().parse(file), ties);
    }

    private static void assertRefusedNaming(Answer answer, List<KnownError> errors) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(422);
        JsonNode problems = answer.body().path("problems");
        assertThat(problems).extracting(problem -> problem.path("where").asText())
                .containsExactlyElementsOf(errors.stream().map(KnownError::where).toList());
        for (int index = 0; index < errors.size(); index++) {
            assertThat(problems.get(index).path("problem").asText()).contains("(" + errors.get(index).rule() + ")");
        }
    }

    private static String corrected(String file, List<KnownError> errors) {
        String corrected = file;
        for (KnownError error : errors) {
            assertThat(corrected).contains(error.written());
            corrected = corrected.replace(error.written(), error.correction());
        }
        return corrected;
    }

    private void assertEveryScorerOnTheTimeline(ParsedCompetition parsed, List<JsonNode> ties) {
        for (ParsedMatch match : parsed.matches()) {
            List<String> goals = new ArrayList<>();
            imports.timeline(matchId(match, ties)).path("events").forEach(event -> {
                if (event.path("type").asText().equals("GOAL") && event.hasNonNull("player")) {
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
                        && ExpectedTies.sameRound(tie.path("round").asText(), match.round())) {
                    return leg.path("matchId").asText();
                }
            }
        }
        throw new AssertionError("no leg of any tie is line " + match.lineNumber());
    }
}
