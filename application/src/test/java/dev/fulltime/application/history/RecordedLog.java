package dev.fulltime.application.history;

import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.Side;
import dev.fulltime.domain.match.event.GoalScored;
import dev.fulltime.domain.match.event.MatchEnded;
import dev.fulltime.domain.match.event.MatchScheduled;
import dev.fulltime.domain.match.event.PeriodEnded;
import dev.fulltime.domain.match.event.PeriodStarted;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;

/**
 * An in-memory event store written as the aggregates write it, each event at a recording instant the test chooses:
 * the first at {@link #START}, each next one a minute later unless the test moves the clock on.
 */
final class RecordedLog {

    static final Instant START = Instant.parse("2023-02-21T20:00:00Z");
    static final String LIVERPOOL = "Liverpool FC";
    static final String REAL_MADRID = "Real Madrid";

    private final EventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final Map<String, Long> nextSequence = new HashMap<>();
    private Instant clock = START;

    EventStore store() {
        return store;
    }

    /** The instant the next event will be recorded at. */
    Instant clock() {
        return clock;
    }

    RecordedLog later(Duration pause) {
        clock = clock.plus(pause);
        return this;
    }

    /** Appends {@code payloads} to the stream, one a minute. */
    RecordedLog append(String aggregateId, Object... payloads) {
        for (Object payload : payloads) {
            long sequence = nextSequence.merge(aggregateId, 1L, Long::sum) - 1;
            store.publish(new GenericDomainEventMessage<>(payload.getClass().getSimpleName(), aggregateId, sequence,
                    payload, MetaData.emptyInstance(), UUID.randomUUID().toString(), clock));
            clock = clock.plus(Duration.ofMinutes(1));
        }
        return this;
    }

    static MatchScheduled scheduled(String matchId, String home, String away, String tieId, Integer leg) {
        return new MatchScheduled("scheduled-" + matchId, matchId, home, away, START, null, tieId, leg, null, null);
    }

    static PeriodStarted start(Period period) {
        return new PeriodStarted(UUID.randomUUID().toString(), period);
    }

    static PeriodEnded end(Period period) {
        return new PeriodEnded(UUID.randomUUID().toString(), period);
    }

    static GoalScored goal(Side side, String minute) {
        return goal(UUID.randomUUID().toString(), side, minute);
    }

    static GoalScored goal(String eventId, Side side, String minute) {
        Minute at = Minute.parse(minute);
        return new GoalScored(eventId, side, null, at, at.period(), GoalKind.REGULAR);
    }

    static MatchEnded finalWhistle() {
        return new MatchEnded(UUID.randomUUID().toString());
    }
}
