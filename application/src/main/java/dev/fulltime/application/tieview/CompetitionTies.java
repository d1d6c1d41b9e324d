package dev.fulltime.application.tieview;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A competition's ties as they stand, in the order they were created. */
@Component
@Transactional(readOnly = true)
public class CompetitionTies {

    private final TieViewRepository views;
    private final TieSummaries summaries;

    CompetitionTies(TieViewRepository views, TieSummaries summaries) {
        this.views = views;
        this.summaries = summaries;
    }

    public List<TieSummary> of(String competitionId) {
        return summaries.of(views.findAllByCompetitionIdOrderByPositionAsc(competitionId));
    }
}
