package dev.fulltime.application.history;

import dev.fulltime.application.integrity.ChainMetaData;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads one stream straight from the event store, whole or as it stood at an instant. An event's recording instant is
 * the {@code recordedAt} of its metadata, the one the raw log shows and the hash chain covers.
 */
@Component
class RecordedStreams {

    private final EventStore eventStore;

    RecordedStreams(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Every event of the stream, in order; none when there is no such stream. */
    List<Object> events(String aggregateId) {
        return read(aggregateId, event -> true);
    }

    /**
     * The events recorded at or before {@code asOf}: the stream as the system knew it then. It is the log up to the
     * first event recorded later, so that a past is always a whole prefix of the log.
     */
    List<Object> eventsAsOf(String aggregateId, Instant asOf) {
        return read(aggregateId, event -> !ChainMetaData.recordedAt(event).isAfter(asOf));
    }

    private List<Object> read(String aggregateId, Predicate<DomainEventMessage<?>> known) {
        return eventStore.readEvents(aggregateId).asStream()
                .takeWhile(known)
                .map(DomainEventMessage::getPayload)
                .map(Object.class::cast)
                .toList();
    }
}
