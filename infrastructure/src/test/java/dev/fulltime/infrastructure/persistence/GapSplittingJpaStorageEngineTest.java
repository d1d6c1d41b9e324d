package dev.fulltime.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import dev.fulltime.infrastructure.support.MatchApi;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A processor whose token has gaps reads, through the engine's two queries, exactly what Axon's one query answers:
 * the events filling its gaps, then every event above its index, in global-index order.
 */
@FulltimeHttpTest
class GapSplittingJpaStorageEngineTest {

    @LocalServerPort
    private int port;
    @Autowired
    private EventStorageEngine storage;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void readsTheFilledGapsAndThenEverythingAboveTheIndex() {
        MatchApi matches = new MatchApi(new ApiClient(port));
        String matchId = matches.create("Liverpool", "Real Madrid");
        matches.kickOff(matchId);
        for (int minute = 1; minute <= 6; minute++) {
            matches.goal(matchId, "Liverpool", "Salah", Integer.toString(minute));
        }
        List<Long> indexes = jdbc.queryForList("select global_index from domain_event_entry "
                + "where aggregate_identifier = ? order by global_index", Long.class, matchId);
        long firstGap = indexes.get(1);
        long secondGap = indexes.get(3);
        long index = indexes.get(5);

        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(index, Set.of(firstGap, secondGap));

        List<String> expected = jdbc.queryForList("select event_identifier from domain_event_entry "
                + "where global_index in (?, ?) or global_index > ? order by global_index", String.class,
                firstGap, secondGap, index);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(4);
        try (Stream<? extends TrackedEventMessage<?>> read = storage.readEvents(token, false)) {
            assertThat(read.map(TrackedEventMessage::getIdentifier)).containsExactlyElementsOf(expected);
        }
    }
}
