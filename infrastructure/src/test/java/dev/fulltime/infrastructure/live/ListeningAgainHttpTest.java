package dev.fulltime.infrastructure.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.fulltime.infrastructure.live.LiveStreamClient.OpenStream;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import dev.fulltime.infrastructure.support.MatchApi;
import dev.fulltime.infrastructure.support.PostgresTestStores;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL the streams hear of changes through LISTEN/NOTIFY on a connection of the node's own: when that
 * connection is lost, a goal recorded before the node listens again still reaches the stream.
 */
@FulltimeHttpTest
@EnabledIfSystemProperty(named = PostgresTestStores.SERVER, matches = ".+")
class ListeningAgainHttpTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aGoalRecordedWhileTheNodeWasNotListeningReachesTheStream() {
        MatchApi matches = new MatchApi(new ApiClient(port));
        String matchId = matches.create("Liverpool FC", "Real Madrid");
        matches.kickOff(matchId);
        await().atMost(PATIENCE).until(() -> matches.client().get("/api/matches/" + matchId).body()
                .path("version").asLong(-1) == 1);
        try (OpenStream stream = new LiveStreamClient(port).open("/api/matches/" + matchId + "/stream")) {
            await().atMost(PATIENCE).until(() -> stream.events().stream().anyMatch(event -> event.id() == 1));

            Long dropped = jdbc.queryForObject("""
                    select count(pg_terminate_backend(pid)) from pg_stat_activity
                    where datname = current_database() and application_name = 'fulltime-node'""", Long.class);
            matches.goal(matchId, "Liverpool FC", "Darwin Núñez", "4");

            assertThat(dropped).as("the node's listening connections dropped").isOne();
            await().atMost(PATIENCE).until(() -> stream.events().stream().anyMatch(event -> event.id() == 2));
        }
    }
}
