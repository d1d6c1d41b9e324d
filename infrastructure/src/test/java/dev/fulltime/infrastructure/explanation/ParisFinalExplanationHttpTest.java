package dev.fulltime.infrastructure.explanation;

import static dev.fulltime.infrastructure.explanation.ExplanationApi.ids;
import static dev.fulltime.infrastructure.explanation.ExplanationApi.stepAbout;
import static dev.fulltime.infrastructure.support.MatchApi.fact;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 2021-22 final, recorded over HTTP as the seed story has it: Benzema's goal disallowed after a VAR review,
 * Vinícius's goal recorded at 58' and corrected to 59'. The explanation excludes the one and counts the other as
 * corrected, naming who corrected it and when.
 */
@FulltimeHttpTest
class ParisFinalExplanationHttpTest {

    private static final String LIVERPOOL = "Liverpool FC";
    private static final String REAL = "Real Madrid";
    private static final String VENUE = "Stade de France, Saint-Denis";

    @LocalServerPort
    int port;

    private ExplanationApi api;
    private String tieId;
    private String matchId;
    private String benzema;
    private String disallowance;

    @BeforeEach
    void playTheFirstHalf() {
        api = new ExplanationApi(port);
        tieId = api.tie(api.championsLeague("2021-22"), "Final", LIVERPOOL, REAL, 1);
        matchId = api.leg(tieId, 1, LIVERPOOL, REAL, "2022-05-28T19:00:00Z", VENUE);
        api.start(matchId, "FIRST_HALF");
        benzema = api.matches().recordOk(matchId, fact("GOAL", "team", REAL, "player", "Karim Benzema",
                "period", "FIRST_HALF", "kind", "REGULAR"));
        disallowance = api.matches().recordOk(matchId, fact("GOAL_DISALLOWED", "goalEventId", benzema,
                "reason", "offside after a VAR review"));
        api.end(matchId, "FIRST_HALF");
    }

    @Test
    void atHalfTimeTheDisallowedGoalIsExcludedAndItIsNilNil() {
        JsonNode explanation = api.matchExplanation(matchId);

        assertThat(explanation.path("status").asText()).isEqualTo("LIVE");
        assertThat(explanation.path("summary").asText()).isEqualTo(
                "In progress at the Stade de France, Saint-Denis: Liverpool FC 0-0 Real Madrid after the first half");
        assertExcluded(stepAbout(explanation, benzema));
    }

    @Test
    void theExplanationExcludesTheDisallowedGoalAndCorrectsVinicius() {
        api.start(matchId, "SECOND_HALF");
        String vinicius = api.matches().goal(matchId, REAL, "Vinícius Júnior", "58");
        String correction = api.matches().recordOk(matchId, fact("CORRECTION", "targetEventId", vinicius,
                "minute", "59"));
        api.end(matchId, "SECOND_HALF");
        api.finalWhistle(matchId);

        JsonNode explanation = api.matchExplanation(matchId);

        assertThat(explanation.path("matchId").asText()).isEqualTo(matchId);
        assertThat(explanation.path("status").asText()).isEqualTo("FINISHED");
        assertThat(explanation.path("summary").asText())
                .isEqualTo("Real Madrid win 1-0 at the Stade de France, Saint-Denis");
        assertExcluded(stepAbout(explanation, benzema));
        JsonNode corrected = stepAbout(explanation, vinicius);
        assertThat(corrected.path("kind").asText()).isEqualTo("CORRECTION_APPLIED");
        assertThat(corrected.path("text").asText()).isEqualTo("Vinícius Júnior's goal (Real Madrid) at 59' counts "
                + "(0-1); corrected from 58' " + api.recordedByAndAt(matchId, correction));
        assertThat(ids(corrected)).containsExactly(vinicius, correction);

        JsonNode tie = api.tieExplanation(tieId);
        assertThat(tie.path("summary").asText())
                .isEqualTo("Real Madrid win the final 1-0 at the Stade de France, Saint-Denis");
        assertThat(tie.path("decidedBy").asText()).isEqualTo("SCORE");
        assertExcluded(stepAbout(tie, benzema));
        assertThat(stepAbout(tie, vinicius)).isEqualTo(corrected);
    }

    private void assertExcluded(JsonNode step) {
        assertThat(step.path("kind").asText()).isEqualTo("GOAL_EXCLUDED");
        assertThat(step.path("text").asText()).isEqualTo("Karim Benzema's goal (Real Madrid) in the first half is "
                + "excluded: disallowed " + api.recordedByAndAt(matchId, disallowance)
                + " — offside after a VAR review");
        assertThat(ids(step)).containsExactly(benzema, disallowance);
    }
}
