package dev.fulltime.application.competitionview;

import dev.fulltime.application.readmodel.ReadModelProcessing;
import dev.fulltime.domain.competition.CompetitionCreated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(ReadModelProcessing.GROUP)
class CompetitionViewProjection {

    private final CompetitionViewRepository views;

    CompetitionViewProjection(CompetitionViewRepository views) {
        this.views = views;
    }

    @EventHandler
    void on(CompetitionCreated created) {
        views.save(new CompetitionView(created));
    }

    @ResetHandler
    void reset() {
        views.deleteAllInBatch();
    }
}
