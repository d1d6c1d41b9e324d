package dev.fulltime.application.matchview;

import dev.fulltime.application.readmodel.ReadModelProcessing;
import dev.fulltime.domain.match.MatchDecider;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.event.MatchEvent;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Folds every match's facts into its {@link MatchView} with the domain's own {@code evolve}, and tells the
 * {@link MatchViewListener}s of each new state (what the live streams show). The processor hands a batch of events
 * to one unit of work: each match's state is decoded once per batch, evolved by every event of it, and its view
 * written once as the batch commits.
 */
@Component
@ProcessingGroup(ReadModelProcessing.GROUP)
class MatchViewProjection {

    private static final String BATCH = MatchViewBatch.class.getName();

    private final MatchViewRepository views;
    private final MatchStateCodec codec;
    private final List<MatchViewListener> listeners;

    MatchViewProjection(MatchViewRepository views, MatchStateCodec codec, List<MatchViewListener> listeners) {
        this.views = views;
        this.codec = codec;
        this.listeners = listeners;
    }

    @EventHandler
    void on(MatchEvent event, DomainEventMessage<MatchEvent> message) {
        MatchViewBatch batch = currentBatch();
        String matchId = message.getAggregateIdentifier();
        MatchState before = batch.stateOf(matchId);
        if (message.getSequenceNumber() <= before.version()) {
            return;
        }
        MatchState after = MatchDecider.evolve(before, event);
        batch.evolved(matchId, after);
        listeners.forEach(listener -> listener.projected(after));
    }

    @ResetHandler
    void reset() {
        views.deleteAllInBatch();
    }

    private MatchViewBatch currentBatch() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(BATCH, key -> {
            MatchViewBatch batch = new MatchViewBatch(views, codec);
            root.onPrepareCommit(committing -> batch.write());
            return batch;
        });
    }
}
