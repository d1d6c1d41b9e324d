package dev.fulltime.infrastructure.history;

import static dev.fulltime.infrastructure.support.MatchApi.fact;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import dev.fulltime.infrastructure.support.MatchApi;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 2021-22 final in Paris read back in time: Benzema's goal, known only to be in the first half, counted until VAR
 * ruled it out; Vinícius's goal, first recorded at 58' and corrected to 59'.
 */
@FulltimeHttpTest
class ParisFinalTimeTravelHttpTest {

    private static final String LIVERPOOL = "Liverpool FC";
    private static final String REAL_MADRID = "Real Madrid";

    @LocalServerPort
    int port;

    private MatchApi matches;
    private Instant beforeTheMatch;
    private String matchId;

    @BeforeEach
    void kickOff() {
        matches = new MatchApi(new ApiClient(port));
        beforeTheMatch = Moments.betweenWrites();
        matchId = matches.create(Map.of("homeTeam", LIVERPOOL, "awayTeam", REAL_MADRID,
                "kickoffAt", "2022-05-28T19:00:00Z", "venue", "Stade de France"));
        matches.kickOff(matchId);
    }

    private String benzemasGoal() {
        return matches.recordOk(matchId, fact("GOAL", "team", REAL_MADRID, "player", "Karim Benzema",
                "period", "FIRST_HALF", "kind", "REGULAR"));
    }

    private JsonNode ok(String query) {
        Answer answer = matches.client().get("/api/matches/" + matchId + query);
        assertThat(answer.status()).as("GET %s: %s", query, answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static String score(JsonNode scoreboard) {
        return scoreboard.path("score").path("home").asInt() + "-" + scoreboard.path("score").path("away").asInt();
    }

    @Test
    void asOfAMomentAfterBenzemasGoalAndBeforeTheVarDecisionItWasNilOneNowAtHalfTimeItIsNilNil() {
        String benzema = benzemasGoal();
        Instant beforeVar = Moments.betweenWrites();
        matches.recordOk(matchId, fact("GOAL_DISALLOWED", "goalEventId", benzema, "reason", "offside after VAR"));
        matches.recordOk(matchId, fact("PERIOD_ENDED", "period", "FIRST_HALF"));

        JsonNode then = ok("?asOf=" + beforeVar);
        JsonNode now = matches.scoreboardAt(matchId, matches.version(matchId));

        assertThat(score(then)).isEqualTo("0-1");
        assertThat(then.path("status").asText()).isEqualTo("LIVE");
        assertThat(then.path("period").asText()).isEqualTo("FIRST_HALF");
        assertThat(then.path("version").asLong()).isEqualTo(2);
        assertThat(score(now)).isEqualTo("0-0");
        assertThat(now.path("status").asText()).isEqualTo("LIVE");
        assertThat(now.path("period").asText()).isEqualTo("FIRST_HALF");
        assertThat(score(ok("?asOf=" + Moments.betweenWrites()))).isEqualTo("0-0");
    }

    @Test
    void onTheMatchClockTheDisallowedGoalNeverCounts() {
        matches.recordOk(matchId, fact("GOAL_DISALLOWED", "goalEventId", benzemasGoal(), "reason", "offside"));
        matches.recordOk(matchId, fact("PERIOD_ENDED", "period", "FIRST_HALF"));

        assertThat(score(ok("?atMinute=30"))).isEqualTo("0-0");
        assertThat(score(ok("?atMinute=46"))).isEqualTo("0-0");
        assertThat(score(ok("?atSequence=2"))).as("as first recorded, before VAR").isEqualTo("0-1");
        assertThat(score(ok("?atSequence=3"))).isEqualTo("0-0");
    }

    @Test
    void aGoalCorrectedFromFiftyEightToFiftyNineIsNotThereAtFiftyEightButWasKnownBeforeTheCorrection() {
        matches.recordOk(matchId, fact("PERIOD_ENDED", "period", "FIRST_HALF"));
        matches.recordOk(matchId, fact("PERIOD_STARTED", "period", "SECOND_HALF"));
        String vinicius = matches.goal(matchId, REAL_MADRID, "Vinícius Júnior", "58");
        Instant beforeTheCorrection = Moments.betweenWrites();
        matches.recordOk(matchId, fact("CORRECTION", "targetEventId", vinicius, "minute", "59"));
        matches.recordOk(matchId, fact("PERIOD_ENDED", "period", "SECOND_HALF"));
        matches.recordOk(matchId, fact("MATCH_ENDED"));

        assertThat(score(ok("?atMinute=58"))).isEqualTo("0-0");
        assertThat(score(ok("?atMinute=59"))).isEqualTo("0-1");
        assertThat(ok("?atMinute=90%2B5").path("status").asText()).as("the final whistle comes after 90+5")
                .isEqualTo("LIVE");
        assertThat(ok("?atMinute=91").path("status").asText()).isEqualTo("FINISHED");
        assertThat(score(ok("?asOf=" + beforeTheCorrection))).as("then it stood at 58'").isEqualTo("0-1");
    }

    @Test
    void beforeTheMatchExistedThereIsNoMatch() {
        Answer answer = matches.client().get("/api/matches/" + matchId + "?asOf=" + beforeTheMatch);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().path("detail").asText()).contains(matchId);
    }
}
