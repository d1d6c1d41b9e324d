package dev.fulltime.infrastructure.importer.openfootball;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Each cl_finals.txt (the knockout rounds with scorers) imported as it is over real HTTP: every goal on its match's
 * timeline with its scorer, minute and period, and the outcomes of expected-ties.csv for every tie the file can
 * decide; importing it again records nothing new. A cl_finals.txt describes the same competition as the season's
 * cl.txt (same name and season, so the same id) under other team names, so this class runs on a store of its own
 * rather than beside {@link OpenfootballImportHttpTest}.
 *
 * <p>The files leave things unsaid that the import reads with the rules of the game. 2012-13 writes two
 * stoppage-time goals without their "+" (U. Bulut 95', Jordi Alba 92'): neither tie was level after 90 minutes, so
 * they are 90+5 and 90+2 in the second half; 2015-16 and 2016-17 give matches that went to extra time without saying
 * a.e.t. (108', 110'; 105', 110', 112'): those ties were level after 90 minutes, so the goals are in extra time.
 * 2015-16 gives two level deciding matches without the extra time and shoot-out that decided them: they are recorded
 * without a final whistle and reported unfinished, their ties in progress with no winner.
 */
@FulltimeHttpTest
@TestPropertySource(properties = "fulltime.test.store=openfootball-finals")
@DirtiesContext
class OpenfootballFinalsImportHttpTest {

    private static final int KNOCKOUT_TIES = 15;
    private static final int KNOCKOUT_MATCHES = 29;
    private static final String STOPS_SHORT =
            "the source gives no extra time or shoot-out for a tie level after 90 minutes";

    /** The minutes a file writes over 90 without "+" that are stoppage time, as the timeline shows them. */
    private static final Map<String, Map<String, String>> STOPPAGE_TIME = Map.of(
            "2012-13", Map.of("U. Bulut 95", "90+5", "Jordi Alba 92", "90+2"));

    /** The level deciding matches a file stops short of ending. */
    private static final Map<String, List<String>> UNFINISHED = Map.of(
            "2015-16", List.of("line 45, Atlético Madrid v PSV Eindhoven", "line 107, Real Madrid v Atlético Madrid"));

    @LocalServerPort
    private int port;

    private ImportApi imports;

    @BeforeEach
    void setUp() {
        imports = new ImportApi(new ApiClient(port));
    }

    static Stream<String> seasonsWithFinalsFile() {
        return OpenfootballFiles.seasonsWith("cl_finals.txt");
    }

    @ParameterizedTest(name = "{0}/cl_finals.txt as it is: every scorer on the timeline, ties decided as the file can")
    @MethodSource("seasonsWithFinalsFile")
    void theKnockoutRoundsWithTheirScorers(String season) {
        String file = OpenfootballFiles.read("champions-league/" + season + "/cl_finals.txt");

        JsonNode answer = imports.importOk(file);

        String competitionId = "uefa-champions-league-" + season;
        assertThat(answer.path("competitionId").asText()).isEqualTo(competitionId);
        assertThat(answer.path("matches").asInt()).isEqualTo(KNOCKOUT_MATCHES);
        assertThat(answer.path("ties").asInt()).isEqualTo(KNOCKOUT_TIES);
        assertThat(answer.path("skipped")).isEmpty();
        assertThat(answer.path("unfinished"))
                .extracting(match -> match.path("match").asText(), match -> match.path("reason").asText())
                .containsExactlyElementsOf(UNFINISHED.getOrDefault(season, List.of()).stream()
                        .map(match -> tuple(match, STOPS_SHORT)).toList());
        List<JsonNode> ties = imports.ties(competitionId, listed -> assertOutcomes(season, listed, answer));
        assertEveryGoalOnTheTimeline(season, new FootballTxtParser().parse(file), ties);
        assertImportingAgainRecordsNothingNew(file, answer);
    }

    /** Every tie of expected-ties.csv decided as it was, but those of a match left unfinished: undecided. */
    private static void assertOutcomes(String season, List<JsonNode> ties, JsonNode answer) {
        assertThat(ties).hasSize(KNOCKOUT_TIES);
        Set<String> unfinished = StreamSupport.stream(answer.path("unfinished").spliterator(), false)
                .map(match -> match.path("matchId").asText()).collect(Collectors.toSet());
        Map<String, String> names = FinalsTeamNames.ofSeason(season);
        ExpectedTies.ofSeason(season).forEach(expected -> {
            ExpectedOutcome outcome = ExpectedOutcome.of(expected, name -> names.getOrDefault(name, name));
            boolean leftUnfinished = StreamSupport.stream(outcome.find(ties).path("legs").spliterator(), false)
                    .anyMatch(leg -> unfinished.contains(leg.path("matchId").asText()));
            if (leftUnfinished) {
                outcome.assertUndecidedIn(ties);
            } else {
                outcome.assertIn(ties);
            }
        });
    }

    private void assertEveryGoalOnTheTimeline(String season, ParsedCompetition parsed, List<JsonNode> ties) {
        Map<String, String> stoppageTime = STOPPAGE_TIME.getOrDefault(season, Map.of());
        for (ParsedMatch match : parsed.matches()) {
            List<String> expected = match.goals().stream().map(goal -> {
                String written = goal.minute() + (goal.stoppage() == null ? "" : "+" + goal.stoppage());
                String minute = stoppageTime.getOrDefault(goal.player() + " " + written, written);
                return goal.team() + " " + goal.player() + " " + minute + " " + Minute.parse(minute).period();
            }).toList();
            String matchId = matchId(match, ties);
            imports.eventually(() -> assertThat(goalsOnTheTimeline(matchId)).as("line " + match.lineNumber())
                    .containsExactlyInAnyOrderElementsOf(expected));
        }
    }

    private List<String> goalsOnTheTimeline(String matchId) {
        List<String> goals = new ArrayList<>();
        imports.timeline(matchId).path("events").forEach(event -> {
            if (event.path("type").asText().equals("GOAL") && event.hasNonNull("player")) {
                goals.add(event.path("team").asText() + " " + event.path("player").asText() + " "
                        + event.path("minute").asText() + " " + event.path("period").asText());
            }
        });
        return goals;
    }

    private void assertImportingAgainRecordsNothingNew(String file, JsonNode first) {
        List<String> matchIds = imports.matchIds(first.path("competitionId").asText(), KNOCKOUT_MATCHES);
        Map<String, Integer> eventsBefore = imports.eventCounts(matchIds);

        assertThat(imports.importOk(file)).isEqualTo(first);
        assertThat(imports.eventCounts(matchIds)).isEqualTo(eventsBefore);
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
