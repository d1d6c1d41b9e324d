package dev.fulltime.infrastructure.story;

import static dev.fulltime.infrastructure.support.MatchApi.fact;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.FulltimeApplication;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.MatchApi;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The app stopped and started again on the same H2 file finds every match where it left it. */
class RestartOnTheSameStoreTest {

    @TempDir
    Path storeDirectory;

    @Test
    void everyMatchTimelineAndScoreIsBackAndTheStreamGoesOn() {
        String url = "jdbc:h2:file:" + storeDirectory.resolve("fulltime");
        String finished;
        String live;
        JsonNode finishedScoreboard;
        JsonNode finishedTimeline;
        JsonNode liveScoreboard;
        try (ConfigurableApplicationContext app = start(url)) {
            MatchApi matches = api(app);
            finished = matches.create("Real Madrid", "Liverpool FC");
            matches.kickOff(finished);
            matches.recordOk(finished, fact("PERIOD_ENDED", "period", "FIRST_HALF"));
            matches.recordOk(finished, fact("PERIOD_STARTED", "period", "SECOND_HALF"));
            matches.goal(finished, "Real Madrid", "Karim Benzema", "78");
            matches.recordOk(finished, fact("PERIOD_ENDED", "period", "SECOND_HALF"));
            matches.recordOk(finished, fact("MATCH_ENDED"));
            live = matches.create("Liverpool FC", "Real Madrid");
            matches.kickOff(live);
            matches.goal(live, "Liverpool FC", "Darwin Núñez", "4");

            finishedScoreboard = matches.scoreboardAt(finished, matches.version(finished));
            finishedTimeline = matches.timelineAt(finished, matches.version(finished));
            liveScoreboard = matches.scoreboardAt(live, matches.version(live));
        }

        try (ConfigurableApplicationContext app = start(url)) {
            MatchApi matches = api(app);
            assertThat(matches.client().get("/api/matches/" + finished).body()).isEqualTo(finishedScoreboard);
            assertThat(matches.client().get("/api/matches/" + finished + "/timeline").body())
                    .isEqualTo(finishedTimeline);
            assertThat(matches.client().get("/api/matches/" + live).body()).isEqualTo(liveScoreboard);
            assertThat(matches.client().get("/api/matches").body().get("matches")).hasSize(2);

            var answer = matches.record(live, fact("GOAL", "team", "Liverpool FC", "player", "Mohamed Salah",
                    "minute", "14"));
            assertThat(answer.status()).isEqualTo(201);
            assertThat(answer.body().get("sequence").asLong())
                    .isEqualTo(liveScoreboard.get("version").asLong() + 1);
            JsonNode after = matches.scoreboardAt(live, answer.body().get("version").asLong());
            assertThat(after.get("score").get("home").asInt()).isEqualTo(2);
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(FulltimeApplication.class)
                .profiles("test")
                .run("--server.port=0", "--spring.datasource.url=" + url);
    }

    private static MatchApi api(ConfigurableApplicationContext app) {
        int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
        return new MatchApi(new ApiClient(port));
    }
}
