package dev.fulltime.application.tieview;

import dev.fulltime.application.tieview.TieQueries.FindTie;
import dev.fulltime.application.tieview.TieQueries.ListTies;
import dev.fulltime.application.tieview.TieQueries.TieList;
import dev.fulltime.application.tieview.TieQueries.WatchTie;
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
    private final LiveTies liveTies;

    TieQueryHandlers(TieViewRepository views, TieSummaries summaries, CompetitionTies competitionTies,
                     LiveTies liveTies) {
        this.views = views;
        this.summaries = summaries;
        this.competitionTies = competitionTies;
        this.liveTies = liveTies;
    }

    @QueryHandler
    Optional<TieSummary> tie(FindTie query) {
        return views.findById(query.tieId()).map(view -> summaries.of(List.of(view)).get(0));
    }

    @QueryHandler
    Optional<LiveTie> live(WatchTie query) {
        return liveTies.of(query.tieId());
    }

    @QueryHandler
    TieList ties(ListTies query) {
        return new TieList(competitionTies.of(query.competitionId()));
    }
}
