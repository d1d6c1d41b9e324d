package dev.fulltime.infrastructure.hostile;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a refused request must leave as it was, read in one query: the event store's rows and highest global index;
 * the rows of the snapshot, saga, dead-letter and token tables; and of every read model its rows and, for matches,
 * the sum of their versions, which grows with any change to any match; and the scorers' assignments.
 */
record StoreState(Map<String, Object> counts) {

    private static final String COUNTS = """
            select (select count(*) from domain_event_entry) as events,
                   (select coalesce(max(global_index), -1) from domain_event_entry) as head,
                   (select count(*) from snapshot_event_entry) as snapshots,
                   (select count(*) from saga_entry) as sagas,
                   (select count(*) from association_value_entry) as associations,
                   (select count(*) from dead_letter_entry) as dead_letters,
                   (select count(*) from token_entry) as tokens,
                   (select count(*) from match_view) as matches,
                   (select coalesce(sum(version), 0) from match_view) as match_versions,
                   (select count(*) from tie_view) as ties,
                   (select count(*) from competition_view) as competitions,
                   (select count(*) from scorer_assignment) as scorer_assignments""";

    static StoreState of(JdbcTemplate jdbc) {
        return new StoreState(jdbc.queryForMap(COUNTS));
    }
}
