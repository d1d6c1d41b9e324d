package dev.fulltime.application.matchlog;

import dev.fulltime.application.match.Recorder;
import dev.fulltime.domain.match.event.MatchEvent;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a match's stream straight from the event store's table: the log as stored, with its global index. */
@Component
@Transactional(readOnly = true)
class MatchLogQueryHandler {

    private final EntityManager entityManager;
    private final Serializer eventSerializer;

    MatchLogQueryHandler(EntityManager entityManager, @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.entityManager = entityManager;
        this.eventSerializer = eventSerializer;
    }

    @QueryHandler
    Optional<MatchLog> log(FindMatchLog query) {
        // the global index has no public getter on Axon's entry, so it is selected beside it
        List<Object[]> entries = entityManager.createQuery(
                        "select e, e.globalIndex from DomainEventEntry e where e.aggregateIdentifier = :matchId "
                                + "order by e.sequenceNumber", Object[].class)
                .setParameter("matchId", query.matchId())
                .getResultList();
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MatchLog(query.matchId(), entries.stream().map(this::logged).toList()));
    }

    private LoggedEvent logged(Object[] row) {
        DomainEventEntry entry = (DomainEventEntry) row[0];
        long globalIndex = (Long) row[1];
        MatchEvent payload = eventSerializer.deserialize(entry.getPayload());
        MetaData metaData = eventSerializer.deserialize(entry.getMetaData());
        return new LoggedEvent(entry.getSequenceNumber(), globalIndex, payload.eventId(),
                entry.getEventIdentifier(), payload.type(), payload, entry.getTimestamp(),
                (String) metaData.get(Recorder.RECORDED_BY), (String) metaData.get(Recorder.SOURCE),
                (String) metaData.get("correlationId"));
    }
}
