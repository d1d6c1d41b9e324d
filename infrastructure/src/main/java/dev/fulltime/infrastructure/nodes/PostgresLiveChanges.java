package dev.fulltime.infrastructure.nodes;

import dev.fulltime.application.live.LiveChanges;
import dev.fulltime.application.live.LiveTopic;
import java.sql.ResultSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;

/**
 * Tells every node of a change with {@code pg_notify} in the projection's own transaction: PostgreSQL delivers it
 * only when that transaction commits, once per topic however many of its events the batch held, to every node
 * listening ({@link LiveNotificationListener}), this one included, so that each node's streams hear of it by one
 * path.
 */
class PostgresLiveChanges implements LiveChanges {

    static final String CHANNEL = "fulltime_live";
    private static final ResultSetExtractor<Void> NOTHING = (ResultSet rows) -> null;

    private final JdbcTemplate jdbc;

    PostgresLiveChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void changed(LiveTopic topic) {
        jdbc.query("select pg_notify(?, ?)", NOTHING, CHANNEL, topic.text());
    }
}
