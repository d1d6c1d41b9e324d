package dev.fulltime.application.matchview;

import dev.fulltime.application.matchview.MatchQueries.FindScoreboard;
import dev.fulltime.application.matchview.MatchQueries.FindTimeline;
import dev.fulltime.application.matchview.MatchQueries.ListMatches;
import dev.fulltime.application.matchview.MatchQueries.WatchMatch;
import dev.fulltime.domain.match.MatchState;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class MatchQueryHandlers {

    private final MatchViewRepository views;
    private final MatchStateCodec codec;
    private final CompetitionMatches competitionMatches;
    private final LiveMatches liveMatches;

    MatchQueryHandlers(MatchViewRepository views, MatchStateCodec codec, CompetitionMatches competitionMatches,
                       LiveMatches liveMatches) {
        this.views = views;
        this.codec = codec;
        this.competitionMatches = competitionMatches;
        this.liveMatches = liveMatches;
    }

    @QueryHandler
    Optional<MatchScoreboard> scoreboard(FindScoreboard query) {
        return views.findById(query.matchId()).map(MatchView::scoreboard);
    }

    @QueryHandler
    Optional<MatchTimeline> timeline(FindTimeline query) {
        return views.findById(query.matchId()).map(view -> {
            MatchState state = codec.read(view.state());
            return new MatchTimeline(query.matchId(), state.version(), state.timeline());
        });
    }

    @QueryHandler
    Optional<LiveMatch> live(WatchMatch query) {
        return liveMatches.of(query.matchId());
    }

    @QueryHandler
    MatchList matches(ListMatches query) {
        if (query.competitionId() != null) {
            return new MatchList(competitionMatches.of(query.competitionId()));
        }
        return new MatchList(views.findAllByOrderByKickoffAtAscMatchIdAsc().stream()
                .map(MatchView::scoreboard).toList());
    }
}
