package dev.fulltime.application.matchview;

import dev.fulltime.domain.match.MatchDecider;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.event.MatchEvent;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Folds every match's facts into its {@link MatchView} with the domain's own {@code evolve}, and tells the
 * {@link MatchViewListener}s of each new state (what the live streams show).
 */
@Component
@ProcessingGroup(MatchViewProjection.PROCESSING_GROUP)
class MatchViewProjection {

    static final String PROCESSING_GROUP = "match-views";

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
        String matchId = message.getAggregateIdentifier();
        MatchView view = views.findById(matchId).orElseGet(() -> new MatchView(matchId));
        MatchState before = view.isNew() ? MatchDecider.initial() : codec.read(view.state());
        if (message.getSequenceNumber() <= before.version()) {
            return;
        }
        MatchState after = MatchDecider.evolve(before, event);
        view.update(MatchScoreboard.of(after), codec.write(after));
        views.save(view);
        listeners.forEach(listener -> listener.projected(after));
    }

    @ResetHandler
    void reset() {
        views.deleteAllInBatch();
    }
}
