package dev.fulltime.application.tieview;

import dev.fulltime.application.readmodel.ReadModelProcessing;
import dev.fulltime.domain.tie.TieCreated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/** Keeps every tie as it was created; its legs' scores come from the match read model when asked. */
@Component
@ProcessingGroup(ReadModelProcessing.GROUP)
class TieViewProjection {

    private final TieViewRepository views;

    TieViewProjection(TieViewRepository views) {
        this.views = views;
    }

    @EventHandler
    void on(TieCreated created, TrackingToken token) {
        views.save(new TieView(created, token.position().orElse(0L)));
    }

    @ResetHandler
    void reset() {
        views.deleteAllInBatch();
    }
}
