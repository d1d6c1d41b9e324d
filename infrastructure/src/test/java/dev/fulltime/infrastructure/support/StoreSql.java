package dev.fulltime.infrastructure.support;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** SQL on the event store's tables that differs between H2 and PostgreSQL, for tests that write rows directly. */
public final class StoreSql {

    private StoreSql() {
    }

    /** The next value of the global index sequence, drawn so that no later append can take it. */
    public static long nextGlobalIndex(JdbcTemplate jdbc) {
        String next = isPostgres(jdbc)
                ? "select nextval('domain_event_entry_seq')"
                : "select next value for domain_event_entry_seq";
        Long index = jdbc.queryForObject(next, Long.class);
        if (index == null) {
            throw new IllegalStateException("no value from domain_event_entry_seq");
        }
        return index;
    }

    public static boolean isPostgres(JdbcTemplate jdbc) {
        String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        return "PostgreSQL".equalsIgnoreCase(product);
    }
}
