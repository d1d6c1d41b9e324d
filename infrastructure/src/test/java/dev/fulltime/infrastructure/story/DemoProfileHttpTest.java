package dev.fulltime.infrastructure.story;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.MatchApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile records the seed story on an empty store, outcomes included, so a newcomer sees it at once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class DemoProfileHttpTest {

    @LocalServerPort
    int port;

    @Test
    void theSeedMatchesAreRecordedWithTheirResults() {
        MatchApi matches = new MatchApi(new ApiClient(port));

        assertThat(score(matches.awaitBody("/api/matches/ucl-2022-23-r16-liv-rma-leg1", this::finished)))
                .isEqualTo("Liverpool FC 2-5 Real Madrid");
        assertThat(score(matches.awaitBody("/api/matches/ucl-2022-23-r16-liv-rma-leg2", this::finished)))
                .isEqualTo("Real Madrid 1-0 Liverpool FC");
        JsonNode paris = matches.awaitBody("/api/matches/ucl-2021-22-final", this::finished);
        assertThat(score(paris)).isEqualTo("Liverpool FC 0-1 Real Madrid");
        JsonNode log = matches.log("ucl-2021-22-final").get("events");
        assertThat(log.get(1).get("recordedBy").asText()).isEqualTo("demo");
        assertThat(log).extracting(e -> e.get("type").asText()).contains("GOAL_DISALLOWED", "CORRECTION");

        JsonNode tie = matches.awaitBody("/api/ties/tie-ucl-2022-23-r16-liv-rma", this::decided);
        assertThat(tie.get("aggregate").get("teamA").asInt()).isEqualTo(2);
        assertThat(tie.get("aggregate").get("teamB").asInt()).isEqualTo(6);
        assertThat(tie.get("winner").asText()).isEqualTo("Real Madrid");
        assertThat(tie.get("eliminated").asText()).isEqualTo("Liverpool FC");
        assertThat(tie.get("decidedBy").asText()).isEqualTo("AGGREGATE");
        JsonNode final2022 = matches.awaitBody("/api/ties/tie-ucl-2021-22-final", this::decided);
        assertThat(final2022.get("winner").asText()).isEqualTo("Real Madrid");
        assertThat(final2022.get("decidedBy").asText()).isEqualTo("SCORE");
    }

    private boolean decided(JsonNode tie) {
        return tie.get("status").asText().equals("DECIDED");
    }

    private boolean finished(JsonNode scoreboard) {
        return scoreboard.get("status").asText().equals("FINISHED");
    }

    private static String score(JsonNode scoreboard) {
        return scoreboard.get("homeTeam").asText() + " " + scoreboard.get("score").get("home").asInt() + "-"
                + scoreboard.get("score").get("away").asInt() + " " + scoreboard.get("awayTeam").asText();
    }
}
