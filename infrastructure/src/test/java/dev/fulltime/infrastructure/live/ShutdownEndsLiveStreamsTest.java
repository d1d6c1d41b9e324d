package dev.fulltime.infrastructure.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.fulltime.FulltimeApplication;
import dev.fulltime.infrastructure.live.LiveStreamClient.OpenStream;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.MatchApi;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A graceful shutdown waits for the requests in flight, and a live stream is a request that never ends on its own:
 * the app ends its streams when it shuts down, so clients see their stream close at once and the shutdown does not
 * sit out its whole grace period.
 */
class ShutdownEndsLiveStreamsTest {

    private static final Duration GRACE_PERIOD = Duration.ofSeconds(60);

    @Test
    void shuttingDownEndsTheOpenStreamsWithinTheGracePeriod() {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(FulltimeApplication.class)
                .profiles("test")
                .run("--server.port=0", "--spring.lifecycle.timeout-per-shutdown-phase=" + GRACE_PERIOD.toSeconds() + "s");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        MatchApi matches = new MatchApi(new ApiClient(port));
        String matchId = matches.create("Liverpool FC", "Real Madrid");
        matches.scoreboardAt(matchId, 0);
        OpenStream stream = new LiveStreamClient(port).open("/api/matches/" + matchId + "/stream");
        assertThat(stream.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> !stream.events().isEmpty());

        CompletableFuture<Void> shutdown = CompletableFuture.runAsync(app::close);

        await().atMost(GRACE_PERIOD.dividedBy(3)).until(stream::ended);
        await().atMost(GRACE_PERIOD.dividedBy(3)).until(shutdown::isDone);
        assertThat(app.isActive()).isFalse();
    }
}
