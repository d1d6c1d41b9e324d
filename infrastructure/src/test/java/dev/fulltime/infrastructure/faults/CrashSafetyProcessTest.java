package dev.fulltime.infrastructure.faults;

import static dev.fulltime.infrastructure.support.MatchApi.fact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.fulltime.infrastructure.faults.FactStream.Target;
import dev.fulltime.infrastructure.support.AppProcess;
import dev.fulltime.infrastructure.support.MatchApi;
import dev.fulltime.infrastructure.support.PostgresTestStores;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app as a process of its own, killed with SIGKILL at several moments while a client streams facts at it, and
 * started again on the same store each time: every fact that was answered 201 is stored exactly once (a fact sent
 * again with its eventId after a crash is not stored twice), and the read models catch up with the log and are what
 * a rebuild from the log makes them. On an H2 file, and on PostgreSQL when the suite runs there.
 */
class CrashSafetyProcessTest {

    private static final int MATCHES = 4;
    private static final int FACTS = 240;
    /** Kills once this many more facts are answered 201 since the last start: early, midway and late in a run. */
    private static final int[] KILL_AFTER = {3, 25, 60};
    private static final Duration STREAM = Duration.ofMinutes(10);

    @TempDir
    Path storeDirectory;

    /** With the H2 file store's setting of application.yml, without which H2 may lose the last commits. */
    @Test
    @DisabledIfSystemProperty(named = PostgresTestStores.SERVER, matches = ".+")
    void onAnH2File() {
        everyAnsweredFactOutlivesTheCrashesOnce("--spring.profiles.active=test",
                "--spring.datasource.url=jdbc:h2:file:" + storeDirectory.resolve("fulltime") + ";WRITE_DELAY=0");
    }

    @Test
    @EnabledIfSystemProperty(named = PostgresTestStores.SERVER, matches = ".+")
    void onPostgres() {
        everyAnsweredFactOutlivesTheCrashesOnce("--spring.profiles.active=test,postgres",
                "--spring.datasource.url=" + PostgresTestStores.freshDatabase(),
                "--spring.datasource.username=" + PostgresTestStores.user(),
                "--spring.datasource.password=" + PostgresTestStores.password());
    }

    private void everyAnsweredFactOutlivesTheCrashesOnce(String... store) {
        AtomicReference<Target> node = new AtomicReference<>();
        AtomicReference<AppProcess> app = new AtomicReference<>(AppProcess.start("crash", store));
        node.set(new Target(1, app.get().api()));
        try {
            List<String> matchIds = matches(new MatchApi(app.get().api()));
            FactStream stream = new FactStream(node::get, matchIds, FACTS);
            ExecutorService client = Executors.newSingleThreadExecutor();
            CompletableFuture<Void> streaming = CompletableFuture.runAsync(stream, client);
            client.shutdown();

            for (int kill : KILL_AFTER) {
                int answered = stream.acknowledgedCount();
                await().atMost(STREAM).until(() -> stream.acknowledgedCount() >= answered + kill || streaming.isDone());
                app.get().kill();
                app.set(AppProcess.start("crash", store));
                node.set(new Target(node.get().generation() + 1, app.get().api()));
            }
            await().atMost(STREAM).until(streaming::isDone);
            streaming.join();

            assertThat(stream.refused()).as("answers other than 201").isEmpty();
            FactStream.assertStoredExactlyOnce(new MatchApi(app.get().api()), matchIds, List.of(stream));
            ReadModels.assertCaughtUpAndAsRebuilt(app.get().api(), matchIds);
        } finally {
            app.get().close();
        }
    }

    private static List<String> matches(MatchApi api) {
        List<String> ids = new ArrayList<>();
        IntStream.range(0, MATCHES).forEach(i -> {
            String matchId = api.create(Map.of("matchId", "crash-" + i, "homeTeam", "Home", "awayTeam", "Away"));
            api.kickOff(matchId);
            ids.add(matchId);
        });
        return ids;
    }
}
