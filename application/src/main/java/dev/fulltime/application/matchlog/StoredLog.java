package dev.fulltime.application.matchlog;

import dev.fulltime.application.integrity.ChainMetaData;
import dev.fulltime.application.match.MatchAggregate;
import dev.fulltime.application.match.Recorder;
import dev.fulltime.domain.match.event.MatchEvent;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** A match's stream straight from the event store's table: its rows as stored, each read into a {@link LoggedEvent}. */
@Component
class StoredLog {

    private final EntityManager entityManager;
    private final Serializer eventSerializer;

    StoredLog(EntityManager entityManager, @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.entityManager = entityManager;
        this.eventSerializer = eventSerializer;
    }

    /** The stream's rows in sequence order; empty when no match has this id (a tie's or competition's stream too). */
    List<Row> rows(String matchId) {
        // the global index has no public getter on Axon's entry, so it is selected beside it
        return entityManager.createQuery(
                        "select e, e.globalIndex from DomainEventEntry e where e.aggregateIdentifier = :matchId "
                                + "and e.type = :aggregateType order by e.sequenceNumber", Object[].class)
                .setParameter("matchId", matchId)
                .setParameter("aggregateType", MatchAggregate.class.getSimpleName())
                .getResultStream()
                .map(row -> new Row((DomainEventEntry) row[0], (Long) row[1]))
                .toList();
    }

    /** @throws SerializationException when the row's payload or metadata no longer reads as a match event */
    LoggedEvent read(Row row) {
        DomainEventEntry entry = row.entry();
        if (!(eventSerializer.deserialize(entry.getPayload()) instanceof MatchEvent payload)) {
            throw new SerializationException("event " + entry.getSequenceNumber() + " is not a match event");
        }
        MetaData metaData = eventSerializer.deserialize(entry.getMetaData());
        return new LoggedEvent(entry.getSequenceNumber(), row.globalIndex(), payload.eventId(),
                entry.getEventIdentifier(), payload.type(), payload, recordedAt(entry, metaData),
                text(metaData, Recorder.RECORDED_BY), text(metaData, Recorder.SOURCE),
                text(metaData, "correlationId"), text(metaData, ChainMetaData.HASH),
                text(metaData, ChainMetaData.PREVIOUS_HASH));
    }

    /** As the metadata says; Axon's own timestamp for events stored before the hash chain put it there. */
    private static Instant recordedAt(DomainEventEntry entry, MetaData metaData) {
        String recordedAt = text(metaData, ChainMetaData.RECORDED_AT);
        if (recordedAt == null) {
            return entry.getTimestamp();
        }
        try {
            return Instant.parse(recordedAt);
        } catch (DateTimeParseException e) {
            throw new SerializationException("event " + entry.getSequenceNumber() + " has no instant in "
                    + ChainMetaData.RECORDED_AT, e);
        }
    }

    private static String text(MetaData metaData, String key) {
        return Objects.toString(metaData.get(key), null);
    }

    record Row(DomainEventEntry entry, long globalIndex) {

        long sequence() {
            return entry.getSequenceNumber();
        }
    }
}
