package dev.fulltime.infrastructure.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;

/**
 * Axon's JPA storage engine, with its one query that a store cannot answer from an index asked as two that it can.
 * While a processor's token has gaps (appends that commit out of global-index order leave them for a moment, rolled
 * back ones until the gap times out), Axon fetches {@code globalIndex > :token OR globalIndex IN :gaps}; H2 cannot use
 * the primary key for that {@code OR} and walks the event table from its start on every fetch, a cost that grows with
 * the store (see BENCHMARKS.md). Every gap lies below the token's index, so the gap rows followed by the rows above the
 * index are the same rows in the same order as the single query's answer.
 */
class GapSplittingJpaStorageEngine extends JpaEventStorageEngine {

    private static final String COLUMNS = "SELECT e.globalIndex, e.type, e.aggregateIdentifier, e.sequenceNumber, "
            + "e.eventIdentifier, e.timeStamp, e.payloadType, e.payloadRevision, e.payload, e.metaData FROM ";

    GapSplittingJpaStorageEngine(Builder builder) {
        super(builder);
    }

    @Override
    protected List<Object[]> fetchEvents(GapAwareTrackingToken token) {
        if (token == null || token.getGaps().isEmpty()) {
            return super.fetchEvents(token);
        }
        List<Object[]> rows = new ArrayList<>(filledGaps(token.getGaps()));
        if (rows.size() < batchSize()) {
            List<Object[]> above = super.fetchEvents(GapAwareTrackingToken.newInstance(token.getIndex(), Set.of()));
            rows.addAll(above.subList(0, Math.min(above.size(), batchSize() - rows.size())));
        }
        return rows;
    }

    private List<Object[]> filledGaps(Set<Long> gaps) {
        return entityManager()
                .createQuery(COLUMNS + domainEventEntryEntityName()
                        + " e WHERE e.globalIndex IN :gaps ORDER BY e.globalIndex ASC", Object[].class)
                .setParameter("gaps", gaps)
                .setMaxResults(batchSize())
                .getResultList();
    }
}
