package dev.fulltime.infrastructure.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.admin.ProjectionsApi;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.MatchApi;
import java.time.Duration;
import java.util.List;

/** The read models of a node after a fault: caught up with the log, and as a rebuild from the log makes them. */
final class ReadModels {

    private static final Duration REBUILD = Duration.ofMinutes(5);

    private ReadModels() {
    }

    static void assertCaughtUpAndAsRebuilt(ApiClient api, List<String> matchIds) {
        ProjectionsApi projections = new ProjectionsApi(api);
        MatchApi matches = new MatchApi(api);
        projections.caughtUp();
        for (String matchId : matchIds) {
            JsonNode log = matches.log(matchId).path("events");
            long goals = 0;
            for (JsonNode event : log) {
                goals += "GOAL".equals(event.path("type").asText()) ? 1 : 0;
            }
            JsonNode scoreboard = matches.scoreboardAt(matchId, log.size() - 1L);
            assertThat(scoreboard.path("version").asLong()).as("the version of %s", matchId)
                    .isEqualTo(log.size() - 1L);
            assertThat(scoreboard.path("score").path("home").asLong()).as("the score of %s", matchId)
                    .isEqualTo(goals);
        }
        JsonNode projected = projections.checksums();

        assertThat(projections.rebuild().status()).isEqualTo(202);

        await().atMost(REBUILD).untilAsserted(() -> {
            projections.caughtUp();
            assertThat(projections.checksums()).as("the read models rebuilt from the log").isEqualTo(projected);
        });
    }
}
