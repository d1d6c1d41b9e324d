package dev.fulltime.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.fulltime.application.admin.ProcessorStatus;
import dev.fulltime.application.admin.ProjectionMonitor;
import dev.fulltime.application.admin.ProjectionRebuild;
import dev.fulltime.application.admin.ProjectionsStatus;
import dev.fulltime.application.match.MatchRecording;
import dev.fulltime.infrastructure.support.PostgresTestStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The benchmark of issue 7: ingest (in process against raw JDBC inserts, and over HTTP), freshness (scoreboard and
 * live streams), queries, the rebuild of every read model (against a raw scan) and the heap over a soak, each as the
 * median of {@code bench.runs} runs, printed as a table and {@code RESULT name=value} lines (and written to
 * {@code target/bench/}). The store is an H2 file under {@code target/bench}, or PostgreSQL with
 * {@code -Dbench.store=postgres} (or {@code -Ppostgres}). In {@code mvn verify} it runs at the smoke size and checks
 * only that every figure was measured; speed is never asserted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/bench/store/fulltime;DB_CLOSE_ON_EXIT=FALSE",
        "fulltime.live.max-open-streams=100000"})
@ActiveProfiles("test")
class FulltimeBenchmarkTest {

    private static final BenchmarkSize SIZE = BenchmarkSize.fromSystemProperties();
    private static final String STORE = chooseStore();

    @LocalServerPort
    private int port;
    @Autowired
    private MatchRecording recording;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private TransactionManager transactions;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private ProjectionRebuild rebuild;
    @Autowired
    private ProjectionMonitor monitor;
    @Autowired
    private DataSource dataSource;

    private final Figures figures = new Figures();

    /** As the postgres profile runs: no aggregate cache on a store that nodes may share (MatchCaching). */
    @DynamicPropertySource
    static void storeSettings(DynamicPropertyRegistry properties) {
        properties.add("fulltime.aggregate-cache.enabled", () -> !"postgres".equals(STORE));
    }

    @Test
    void measuresEveryFigure() throws Exception {
        System.out.println("bench: " + SIZE.describe() + " store=" + STORE + " cores="
                + Runtime.getRuntime().availableProcessors());
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        RawJdbc raw = new RawJdbc(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        try (Profiling profile = Profiling.start(); Http http = new Http(port); Http streams = new Http(port)) {
            if (SIZE.includes("ingest")) {
                ingestInProcess(raw);
                ingestOverHttp(http);
            }
            if (SIZE.includes("freshness")) {
                freshness(http, streams);
            }
            if (SIZE.includes("query")) {
                queries(http);
            }
            if (SIZE.includes("replay")) {
                replay(raw);
            }
            if (SIZE.includes("soak")) {
                soak(http);
            }
        }
        String report = figures.report("fulltime benchmark, " + SIZE.describe() + ", store " + STORE);
        System.out.println(report);
        Path results = Path.of("target", "bench", "results-" + STORE + "-" + SIZE.name() + ".txt");
        Files.createDirectories(results.getParent());
        Files.writeString(results, report);

        Map<String, Double> medians = figures.medians();
        assertThat(SIZE.phases()).as("bench.phases narrows a tuning run; the full set is checked").isEqualTo("all");
        assertThat(medians.keySet()).contains("ingest_inprocess_per_s", "ingest_vs_raw_jdbc", "ingest_http_per_s",
                "ingest_http_p99_ms", "freshness_p99_ms", "freshness_sse_p99_ms", "replay_per_s",
                "replay_vs_raw_scan", "query_per_s", "query_p99_ms", "heap_growth_mb");
        assertThat(medians.values()).allSatisfy(value -> assertThat(value).isFinite());
    }

    private void ingestInProcess(RawJdbc raw) throws Exception {
        InProcessIngest ingest = new InProcessIngest(recording);
        ingest.run("warm", SIZE.matches(), SIZE.senders(), 3 * SIZE.matches()); // a goal in every match
        byte[][] goal = storedGoal(raw);
        for (int run = 0; run < SIZE.runs(); run++) {
            double axon = ingest.run("in" + run, SIZE.matches(), SIZE.senders(), SIZE.ingestFacts());
            double jdbc = raw.inserts(SIZE.senders(), SIZE.ingestFacts(), goal[0], goal[1]);
            figures.record("ingest_inprocess_per_s", axon);
            figures.record("raw_jdbc_insert_per_s", jdbc);
            figures.record("ingest_vs_raw_jdbc", axon / jdbc);
        }
    }

    private void ingestOverHttp(Http http) throws Exception {
        for (int run = 0; run < SIZE.runs(); run++) {
            LiveMatches live = new LiveMatches(http, "http" + run, SIZE.matches(), matchId -> { });
            live.kickOffAll();
            Samples latencies = new Samples();
            int clients = SIZE.httpClients();
            int[] turns = new int[clients];
            double seconds = Senders.run(clients, SIZE.httpFacts(), client -> {
                int slot = (client + clients * turns[client]++) % live.size();
                LiveMatches.Ack ack = live.sendGoal(slot);
                latencies.add(ack.ackNanos() - ack.sentNanos());
            });
            figures.record("ingest_http_per_s", SIZE.httpFacts() / seconds);
            figures.record("ingest_http_p99_ms", latencies.percentileMillis(99));
        }
    }

    private void freshness(Http http, Http streams) throws Exception {
        for (int run = 0; run < SIZE.runs(); run++) {
            Freshness.Result result = Freshness.run(http, streams, "fresh" + run, SIZE.matches(), SIZE.liveRate(),
                    SIZE.freshnessRun());
            figures.record("freshness_rate_per_s", result.rate());
            figures.record("freshness_p99_ms", result.scoreboard().percentileMillis(99));
            figures.record("freshness_sse_p99_ms", result.sse().percentileMillis(99));
            figures.record("freshness_sse_missing", result.sseMissing());
        }
    }

    private void queries(Http http) throws Exception {
        List<String> ties = TieFixtures.create(http, "query", Math.min(50, SIZE.matches()));
        LiveMatches live = new LiveMatches(http, "query", SIZE.matches(), matchId -> { });
        live.kickOffAll();
        List<String> matchIds = new ArrayList<>();
        for (int slot = 0; slot < live.size(); slot++) {
            matchIds.add(live.matchIn(slot));
        }
        awaitCaughtUp(Duration.ofMinutes(2));
        for (int run = 0; run < SIZE.runs(); run++) {
            QueryLoad.Result result = QueryLoad.run(http, matchIds, ties, SIZE.queryClients(), SIZE.queryRun());
            figures.record("query_per_s", result.perSecond());
            figures.record("query_p99_ms", result.latencies().percentileMillis(99));
        }
    }

    private void replay(RawJdbc raw) throws Exception {
        awaitCaughtUp(Duration.ofMinutes(2));
        streamingProcessors().forEach(StreamingEventProcessor::shutDown);
        new StoredFacts(eventStore, transactions).append("stored", SIZE.replayFacts());
        for (int run = 0; run < SIZE.runs(); run++) {
            long start = System.nanoTime();
            rebuild.rebuild();
            long events = awaitCaughtUp(Duration.ofHours(2));
            double replay = events / ((System.nanoTime() - start) / 1e9);
            double[] scan = raw.scan();
            figures.record("replay_events", events);
            figures.record("replay_per_s", replay);
            figures.record("raw_scan_per_s", scan[0]);
            figures.record("replay_vs_raw_scan", replay / scan[0]);
        }
    }

    /** The soak in {@code runs} windows: the retained old generation's growth over each, and over the whole. */
    private void soak(Http http) throws Exception {
        LiveMatches live = new LiveMatches(http, "soak", SIZE.matches(), matchId -> { });
        live.kickOffAll();
        PacedLoad.run(live, SIZE.liveRate(), SIZE.soak().dividedBy(10), ack -> { });
        double first = OldGeneration.retainedMegabytes();
        double before = first;
        for (int window = 0; window < SIZE.runs(); window++) {
            double rate = PacedLoad.run(live, SIZE.liveRate(), SIZE.soak().dividedBy(SIZE.runs()), ack -> { });
            double after = OldGeneration.retainedMegabytes();
            figures.record("soak_rate_per_s", rate);
            figures.record("heap_growth_mb", after - before);
            before = after;
        }
        figures.record("heap_growth_total_mb", before - first);
        figures.record("heap_retained_mb", before);
    }

    /** Waits until every processor has reached the store's head; answers how many events the store holds. */
    private long awaitCaughtUp(Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            ProjectionsStatus status = monitor.status();
            if (status.head() == null) {
                return 0;
            }
            if (status.processors().stream().allMatch(processor -> processor.caughtUp()
                    && !processor.replaying() && atHead(processor, status.head()))) {
                return status.head() + 1;
            }
            LockSupport.parkNanos(10_000_000);
        }
        throw new IllegalStateException("the processors did not catch up: " + monitor.status());
    }

    private static boolean atHead(ProcessorStatus processor, long head) {
        return processor.position() != null && processor.position() >= head;
    }

    private List<StreamingEventProcessor> streamingProcessors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
    }

    /** The payload and metadata of a goal as the command side stored it: the baseline inserts the same bytes. */
    private static byte[][] storedGoal(RawJdbc raw) throws Exception {
        try (Connection connection = raw.connect(); PreparedStatement select = connection.prepareStatement(
                "select payload, meta_data from domain_event_entry where payload_type like '%GoalScored'"
                        + " order by global_index desc")) {
            select.setMaxRows(1);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("a stored goal").isTrue();
                return new byte[][] {row.getBytes(1), row.getBytes(2)};
            }
        }
    }

    /** PostgreSQL when asked for (a fresh database on the server, as in the PostgreSQL suite), else a new H2 file. */
    private static String chooseStore() {
        if ("postgres".equals(System.getProperty("bench.store"))
                && System.getProperty(PostgresTestStores.SERVER) == null) {
            System.setProperty(PostgresTestStores.SERVER, "//127.0.0.1:5432");
        }
        if (System.getProperty(PostgresTestStores.SERVER) != null) {
            return "postgres";
        }
        try {
            FileSystemUtils.deleteRecursively(Path.of("target", "bench", "store"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return "h2-file";
    }
}
