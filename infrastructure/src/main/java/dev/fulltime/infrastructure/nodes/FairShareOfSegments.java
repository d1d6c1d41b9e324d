package dev.fulltime.infrastructure.nodes;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How many segments of a processor this node may claim: its fair share, the processor's segments divided among the
 * nodes up now (rounded up). A node counts the nodes by their live-notification connections
 * ({@value LiveNotificationListener#APPLICATION_NAME}) to the same database, so a node that starts is counted at once
 * and one that dies is not counted once PostgreSQL sees its connection drop. A node above its share releases the
 * surplus, which the others then claim; alone, a node claims them all. The answer is kept for {@link #FRESH}, as the
 * processors ask at every turn.
 */
class FairShareOfSegments implements MaxSegmentProvider {

    static final Duration FRESH = Duration.ofSeconds(1);
    private static final String SHARE = """
            select count(*),
                   (select count(*) from pg_stat_activity
                    where datname = current_database() and application_name = ?)
            from token_entry where processor_name = ?""";

    private final JdbcTemplate jdbc;
    private final Map<String, Share> shares = new ConcurrentHashMap<>();

    FairShareOfSegments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int getMaxSegments(String processor) {
        Instant now = Instant.now();
        return shares.compute(processor, (name, known) -> known != null && known.at().plus(FRESH).isAfter(now)
                ? known : new Share(count(name), now)).segments();
    }

    private int count(String processor) {
        return jdbc.queryForObject(SHARE, (row, index) -> {
            long segments = row.getLong(1);
            long nodes = Math.max(1, row.getLong(2));
            return segments == 0 ? Short.MAX_VALUE : (int) ((segments + nodes - 1) / nodes);
        }, LiveNotificationListener.APPLICATION_NAME, processor);
    }

    private record Share(int segments, Instant at) {
    }
}
