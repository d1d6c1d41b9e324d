package dev.fulltime.application.integrity;

import dev.fulltime.application.match.CreateMatch;
import dev.fulltime.application.match.MatchAggregate;
import dev.fulltime.application.match.RecordFact;
import dev.fulltime.application.match.Recorder;
import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.Side;
import dev.fulltime.domain.match.command.RecordGoal;
import dev.fulltime.domain.match.command.ScheduleMatch;
import dev.fulltime.domain.match.event.GoalScored;
import dev.fulltime.domain.match.event.MatchEvent;
import dev.fulltime.domain.match.event.MatchScheduled;
import dev.fulltime.domain.match.event.PeriodStarted;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The aggregate links every event it applies into the stream's hash chain, with exactly this metadata. */
class MatchAggregateHashChainTest {

    private static final String MATCH_ID = "match-1";
    private static final Instant KICKOFF_AT = Instant.parse("2023-02-21T20:00:00Z");
    private static final MatchScheduled SCHEDULED = new MatchScheduled("schedule", MATCH_ID, "Liverpool FC",
            "Real Madrid", KICKOFF_AT, "Anfield", null, null, null, null);
    private static final PeriodStarted KICKED_OFF = new PeriodStarted("kick-off", Period.FIRST_HALF);
    private static final GoalScored OPENER =
            new GoalScored("goal-1", Side.HOME, "Núñez", Minute.of(4), Period.FIRST_HALF, GoalKind.REGULAR);
    private static final Instant EARLIER = Instant.parse("2023-02-21T20:01:00Z");

    private AggregateTestFixture<MatchAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MatchAggregate.class);
    }

    @Test
    void theFirstEventFollowsTheGenesisHash() {
        fixture.givenNoPriorActivity()
                .when(new CreateMatch(new ScheduleMatch("schedule", MATCH_ID, "Liverpool FC", "Real Madrid",
                        KICKOFF_AT, "Anfield", null, null, null, null)), recordedBy("admin"))
                .expectEvents(chained(EventHash.GENESIS, 0, SCHEDULED, recordingTime(), "admin"));
    }

    @Test
    void aRecordedFactFollowsTheHashOfTheEventBeforeIt() {
        EventMessage<?> scheduled = chained(EventHash.GENESIS, 0, SCHEDULED, EARLIER, "admin");
        EventMessage<?> kickedOff = chained(hashOf(scheduled), 1, KICKED_OFF, EARLIER, "scorer");

        fixture.given(scheduled, kickedOff)
                .when(new RecordFact(MATCH_ID, new RecordGoal("goal-1", "Liverpool FC", "Núñez", Minute.of(4), null,
                        GoalKind.REGULAR), null), recordedBy("scorer"))
                .expectEvents(chained(hashOf(kickedOff), 2, OPENER, recordingTime(), "scorer"));
    }

    /** The fixture's time, to the millisecond that the event store keeps of timestamps. */
    private Instant recordingTime() {
        return fixture.currentTime().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Map<String, String> recordedBy(String user) {
        return Map.of(Recorder.RECORDED_BY, user);
    }

    private static EventMessage<?> chained(String previousHash, long sequence, MatchEvent event, Instant recordedAt,
                                           String recordedBy) {
        return new GenericEventMessage<>(event,
                ChainMetaData.of(new EventHash(previousHash, sequence, event, recordedAt, recordedBy))
                        .and(Recorder.RECORDED_BY, recordedBy));
    }

    private static String hashOf(EventMessage<?> event) {
        return (String) event.getMetaData().get(ChainMetaData.HASH);
    }
}
