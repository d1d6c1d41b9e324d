package dev.fulltime.application.tieview;

import dev.fulltime.application.tieview.TieQueries.FindTie;
import dev.fulltime.application.tieview.TieQueries.ListTies;
import dev.fulltime.application.tieview.TieQueries.TieList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class TieQueryHandlers {

    private final TieViewRepository views;
    private final TieSummaries summaries;
    private final CompetitionTies competitionTies;

    TieQueryHandlers(TieViewRepository views, TieSummaries summaries, CompetitionTies competitionTies) {
        this.views = views;
        this.summaries = summaries;
        this.competitionTies = competitionTies;
    }

    @QueryHandler
    Optional<TieSummary> tie(FindTie query) {
        return views.findById(query.tieId()).map(view -> summaries.of(List.of(view)).get(0));
    }

    @QueryHandler
    TieList ties(ListTies query) {
        return new TieList(competitionTies.of(query.competitionId()));
    }
}
