package dev.fulltime.infrastructure.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.fulltime.infrastructure.live.LiveStreamClient.OpenStream;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import dev.fulltime.infrastructure.support.MatchApi;
import dev.fulltime.infrastructure.web.live.OpenStreams;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Open streams are limited: one more is refused with 429 until another closes. */
@FulltimeHttpTest
@TestPropertySource(properties = {"fulltime.live.max-open-streams=2", "fulltime.live.heartbeat=200ms"})
class StreamLimitHttpTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Autowired
    OpenStreams openStreams;

    @Test
    void oneStreamBeyondTheLimitIsRefusedUntilAnotherCloses() {
        MatchApi matches = new MatchApi(new ApiClient(port));
        LiveStreamClient live = new LiveStreamClient(port);
        String matchId = matches.create("Liverpool FC", "Real Madrid");
        matches.scoreboardAt(matchId, 0);
        String path = "/api/matches/" + matchId + "/stream";

        try (OpenStream first = live.open(path); OpenStream second = live.open(path)) {
            assertThat(first.status()).isEqualTo(200);
            assertThat(second.status()).isEqualTo(200);

            OpenStream refused = live.open(path);

            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().path("detail").asText()).contains("2");

            second.close();
            await().atMost(PATIENCE).until(() -> openStreams.count() == 1);
            try (OpenStream again = live.open(path)) {
                assertThat(again.status()).isEqualTo(200);
            }
        }
        await().atMost(PATIENCE).until(() -> openStreams.count() == 0);
    }
}
