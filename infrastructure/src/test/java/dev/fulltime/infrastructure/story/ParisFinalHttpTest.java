package dev.fulltime.infrastructure.story;

import static dev.fulltime.infrastructure.support.MatchApi.fact;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import dev.fulltime.infrastructure.support.MatchApi;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The 2021-22 final in Paris: a goal ruled out by VAR, and a minute that reports disagree on. */
@FulltimeHttpTest
class ParisFinalHttpTest {

    private static final String LIVERPOOL = "Liverpool FC";
    private static final String REAL_MADRID = "Real Madrid";

    @LocalServerPort
    int port;

    private MatchApi matches;
    private String matchId;

    @BeforeEach
    void kickOff() {
        matches = new MatchApi(new ApiClient(port));
        matchId = matches.create(Map.of("homeTeam", LIVERPOOL, "awayTeam", REAL_MADRID,
                "kickoffAt", "2022-05-28T19:00:00Z", "venue", "Stade de France"));
        matches.kickOff(matchId);
    }

    @Test
    void aGoalDisallowedByVarLeavesNilNilAtHalfTimeAndStaysInTheLog() {
        String benzema = matches.recordOk(matchId, fact("GOAL", "team", REAL_MADRID, "player", "Karim Benzema",
                "period", "FIRST_HALF", "kind", "REGULAR"));
        JsonNode beforeVar = matches.scoreboardAt(matchId, matches.version(matchId));
        assertThat(beforeVar.get("score").get("away").asInt()).isEqualTo(1);

        String decision = matches.recordOk(matchId, fact("GOAL_DISALLOWED", "goalEventId", benzema,
                "reason", "offside after VAR review"));
        matches.recordOk(matchId, fact("PERIOD_ENDED", "period", "FIRST_HALF"));
        long halfTime = matches.version(matchId);

        JsonNode scoreboard = matches.scoreboardAt(matchId, halfTime);
        assertThat(scoreboard.get("score").get("home").asInt()).isZero();
        assertThat(scoreboard.get("score").get("away").asInt()).isZero();
        JsonNode goal = entry(matches.timelineAt(matchId, halfTime), benzema);
        assertThat(goal.get("status").asText()).isEqualTo("DISALLOWED");
        assertThat(goal.get("score").get("away").asInt()).isZero();
        assertThat(goal.has("minute")).as("the minute no report gives stays unknown").isFalse();
        assertThat(goal.get("period").asText()).isEqualTo("FIRST_HALF");
        assertThat(StreamSupport.stream(matches.log(matchId).get("events").spliterator(), false)
                .map(e -> e.get("eventId").asText())).contains(benzema, decision);
    }

    @Test
    void aGoalRecordedAtFiftyEightAndCorrectedShowsAsFiftyNineCorrected() {
        matches.recordOk(matchId, fact("PERIOD_ENDED", "period", "FIRST_HALF"));
        matches.recordOk(matchId, fact("PERIOD_STARTED", "period", "SECOND_HALF"));
        String vinicius = matches.goal(matchId, REAL_MADRID, "Vinícius Júnior", "58");
        matches.recordOk(matchId, fact("CORRECTION", "targetEventId", vinicius, "minute", "59",
                "eventId", UUID.randomUUID().toString()));
        matches.recordOk(matchId, fact("PERIOD_ENDED", "period", "SECOND_HALF"));
        matches.recordOk(matchId, fact("MATCH_ENDED"));
        long fullTime = matches.version(matchId);

        JsonNode goal = entry(matches.timelineAt(matchId, fullTime), vinicius);
        assertThat(goal.get("minute").asText()).isEqualTo("59");
        assertThat(goal.get("status").asText()).isEqualTo("CORRECTED");
        assertThat(goal.get("player").asText()).isEqualTo("Vinícius Júnior");
        JsonNode scoreboard = matches.scoreboardAt(matchId, fullTime);
        assertThat(scoreboard.get("score").get("away").asInt()).isEqualTo(1);
        assertThat(scoreboard.get("status").asText()).isEqualTo("FINISHED");
        JsonNode original = StreamSupport.stream(matches.log(matchId).get("events").spliterator(), false)
                .filter(e -> e.get("eventId").asText().equals(vinicius)).findFirst().orElseThrow();
        assertThat(original.get("payload").get("minute").asText()).as("the log is never rewritten").isEqualTo("58");
    }

    private static JsonNode entry(JsonNode timeline, String eventId) {
        return StreamSupport.stream(timeline.get("events").spliterator(), false)
                .filter(e -> e.get("eventId").asText().equals(eventId)).findFirst().orElseThrow();
    }
}
