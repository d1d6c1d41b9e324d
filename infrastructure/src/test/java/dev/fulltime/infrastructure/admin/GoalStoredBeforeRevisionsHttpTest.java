package dev.fulltime.infrastructure.admin;

import static dev.fulltime.infrastructure.support.MatchApi.fact;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.Side;
import dev.fulltime.domain.match.event.GoalScored;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import dev.fulltime.infrastructure.support.MatchApi;
import dev.fulltime.infrastructure.support.StoreSql;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A goal stored in its first form, before goals had a {@code kind} and payloads a revision, in a stream between
 * facts recorded today: the event store, the aggregate and the read models all read it as a {@code REGULAR} goal.
 * <p>
 * The row's global index is drawn from the store's sequence, so that no later append can take it. It lies above
 * the indexes appended after it, though: the processors read those as gaps filled within the store's gap timeout
 * (hence a recent timestamp), and a replay would read them out of stream order, so the store is not handed on to
 * other tests. The row is written behind the app's back, as by another node, so the match is not cached between
 * commands here ({@code MatchCaching}).
 */
@FulltimeHttpTest
@TestPropertySource(properties = "fulltime.aggregate-cache.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class GoalStoredBeforeRevisionsHttpTest {

    private static final String OLD_GOAL_ID = "old-goal-1";
    private static final String OLD_GOAL = """
            {"eventId":"old-goal-1","side":"HOME","player":"Darwin Núñez","minute":"4","period":"FIRST_HALF"}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;

    private MatchApi matches;
    private String matchId;

    @BeforeEach
    void storeAGoalInItsFirstForm() {
        ApiClient api = new ApiClient(port);
        matches = new MatchApi(api);
        matchId = matches.create("Liverpool FC", "Real Madrid");
        matches.kickOff(matchId);
        insertOldGoal(2);
        new ProjectionsApi(api).caughtUp();
    }

    @Test
    void theEventStoreReadsItAsARegularGoal() {
        List<Object> payloads = eventStore.readEvents(matchId).asStream()
                .map(DomainEventMessage::getPayload).map(Object.class::cast).toList();

        assertThat(payloads).hasSize(3).last().isEqualTo(new GoalScored(OLD_GOAL_ID, Side.HOME, "Darwin Núñez",
                Minute.of(4), Period.FIRST_HALF, GoalKind.REGULAR));
    }

    @Test
    void theTimelineShowsARegularGoal() {
        JsonNode goal = oldGoalOn(matches.timelineAt(matchId, 2));

        assertThat(goal.path("kind").asText()).as("%s", goal).isEqualTo("REGULAR");
        assertThat(matches.scoreboardAt(matchId, 2).path("score").path("home").asInt()).isEqualTo(1);
    }

    @Test
    void theMatchGoesOnFromItAndACorrectionKeepsItsKind() {
        matches.recordOk(matchId, fact("CORRECTION", "targetEventId", OLD_GOAL_ID, "minute", "5"));

        JsonNode goal = oldGoalOn(matches.timelineAt(matchId, 3));

        assertThat(goal.path("minute").asText()).as("%s", goal).isEqualTo("5");
        assertThat(goal.path("kind").asText()).as("%s", goal).isEqualTo("REGULAR");
    }

    private static JsonNode oldGoalOn(JsonNode timeline) {
        return StreamSupport.stream(timeline.path("events").spliterator(), false)
                .filter(entry -> entry.path("eventId").asText().equals(OLD_GOAL_ID))
                .findFirst().orElseThrow(() -> new AssertionError("no " + OLD_GOAL_ID + " on " + timeline));
    }

    /** The row as the store held goals before revisions: no {@code kind} in the payload, no payload revision. */
    private void insertOldGoal(long sequence) {
        String aggregateType = jdbc.queryForObject(
                "select type from domain_event_entry where aggregate_identifier = ? and sequence_number = 0",
                String.class, matchId);
        jdbc.update("""
                        insert into domain_event_entry (global_index, event_identifier, aggregate_identifier,
                            sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                        values (?, ?, ?, ?, ?, ?, ?, null, ?, ?)""",
                StoreSql.nextGlobalIndex(jdbc), UUID.randomUUID().toString(), matchId, sequence, aggregateType,
                Instant.now().toString(),
                GoalScored.class.getName(), OLD_GOAL.getBytes(StandardCharsets.UTF_8),
                "{\"recordedBy\":\"anonymous\",\"source\":\"api\"}".getBytes(StandardCharsets.UTF_8));
    }
}
