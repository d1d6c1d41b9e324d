package dev.fulltime.infrastructure.explanation;

import static dev.fulltime.infrastructure.explanation.ExplanationApi.ids;
import static dev.fulltime.infrastructure.explanation.ExplanationApi.stepAbout;
import static dev.fulltime.infrastructure.explanation.ExplanationApi.steps;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 2022-23 round of 16 tie Liverpool FC v Real Madrid, recorded over HTTP in a competition under UEFA's rules for
 * that season, explained: in progress between the legs, then won 6-2 on aggregate with every goal cited.
 */
@FulltimeHttpTest
class SeedTieExplanationHttpTest {

    private static final String LIVERPOOL = "Liverpool FC";
    private static final String REAL = "Real Madrid";

    @LocalServerPort
    int port;

    private ExplanationApi api;
    private String tieId;
    private final List<String> goals = new ArrayList<>();

    @BeforeEach
    void createTheTie() {
        api = new ExplanationApi(port);
        tieId = api.tie(api.championsLeague("2022-23"), "Round of 16", LIVERPOOL, REAL, 2);
    }

    @Test
    void betweenTheLegsTheTieIsInProgressWithNoWinner() {
        playAtAnfield();

        JsonNode explanation = api.tieExplanation(tieId);

        assertThat(explanation.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(explanation.has("winner")).as("no winner yet: %s", explanation).isFalse();
        assertThat(explanation.path("summary").asText())
                .isEqualTo("Liverpool FC v Real Madrid is in progress: Real Madrid lead 5-2 on aggregate");
        JsonNode last = explanation.path("steps").get(explanation.path("steps").size() - 1);
        assertThat(last.path("kind").asText()).isEqualTo("TIE_IN_PROGRESS");
        assertThat(last.path("text").asText())
                .isEqualTo("No winner yet: Real Madrid lead 5-2 on aggregate; leg 2 is still to be played");
    }

    @Test
    void theSummaryNamesTheResultAndTheStepsCiteEveryGoal() {
        String anfield = playAtAnfield();
        String bernabeu = api.leg(tieId, 2, REAL, LIVERPOOL, "2023-03-15T20:00:00Z", "Santiago Bernabéu");
        api.start(bernabeu, "FIRST_HALF");
        api.end(bernabeu, "FIRST_HALF");
        api.start(bernabeu, "SECOND_HALF");
        goal(bernabeu, REAL, "Karim Benzema", "78");
        api.end(bernabeu, "SECOND_HALF");
        api.finalWhistle(bernabeu);

        JsonNode explanation = api.tieExplanation(tieId);

        assertThat(explanation.path("tieId").asText()).isEqualTo(tieId);
        assertThat(explanation.path("status").asText()).isEqualTo("DECIDED");
        assertThat(explanation.path("winner").asText()).isEqualTo(REAL);
        assertThat(explanation.path("decidedBy").asText()).isEqualTo("AGGREGATE");
        assertThat(explanation.path("summary").asText())
                .isEqualTo("Real Madrid win 6-2 on aggregate: 5-2 at Anfield, 1-0 at the Santiago Bernabéu");
        assertThat(steps(explanation).flatMap(step -> ids(step).stream())).as("every goal is cited")
                .containsAll(goals);
        assertThat(stepAbout(explanation, goals.get(0)).path("text").asText())
                .isEqualTo("Darwin Núñez's goal (Liverpool FC) at 4' counts (1-0)");
        assertThat(stepAbout(explanation, goals.get(7)).path("text").asText())
                .isEqualTo("Karim Benzema's goal (Real Madrid) at 78' counts (1-0)");
        JsonNode decision = explanation.path("steps").get(explanation.path("steps").size() - 1);
        assertThat(decision.path("kind").asText()).isEqualTo("TIE_DECIDED");
        assertThat(decision.path("text").asText())
                .isEqualTo("Decided on aggregate: Real Madrid outscore Liverpool FC 6-2 over the two legs");
        assertThat(ids(decision)).containsAll(goals);

        JsonNode leg = api.matchExplanation(anfield);
        assertThat(leg.path("summary").asText()).isEqualTo("Real Madrid win 5-2 at Anfield");
        assertThat(steps(leg).map(step -> step.path("kind").asText())).containsExactly("GOAL_COUNTED",
                "GOAL_COUNTED", "GOAL_COUNTED", "GOAL_COUNTED", "GOAL_COUNTED", "GOAL_COUNTED", "GOAL_COUNTED",
                "RESULT");
    }

    @Test
    void anUnknownTieOrMatchHasNoExplanation() {
        for (String path : List.of("/api/ties/no-such-tie/explanation", "/api/matches/no-such-match/explanation")) {
            Answer answer = api.get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body().path("detail").asText()).isNotBlank();
        }
    }

    /** Leg 1 at Anfield, 2-5; returns its match id. */
    private String playAtAnfield() {
        String anfield = api.leg(tieId, 1, LIVERPOOL, REAL, "2023-02-21T20:00:00Z", "Anfield");
        api.start(anfield, "FIRST_HALF");
        goal(anfield, LIVERPOOL, "Darwin Núñez", "4");
        goal(anfield, LIVERPOOL, "Mohamed Salah", "14");
        goal(anfield, REAL, "Vinícius Júnior", "21");
        goal(anfield, REAL, "Vinícius Júnior", "36");
        api.end(anfield, "FIRST_HALF");
        api.start(anfield, "SECOND_HALF");
        goal(anfield, REAL, "Éder Militão", "47");
        goal(anfield, REAL, "Karim Benzema", "55");
        goal(anfield, REAL, "Karim Benzema", "67");
        api.end(anfield, "SECOND_HALF");
        api.finalWhistle(anfield);
        return anfield;
    }

    private void goal(String matchId, String team, String player, String minute) {
        goals.add(api.matches().goal(matchId, team, player, minute));
    }
}
