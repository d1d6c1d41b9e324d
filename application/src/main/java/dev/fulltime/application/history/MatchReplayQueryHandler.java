package dev.fulltime.application.history;

import dev.fulltime.application.history.HistoryQueries.FindMatchReplay;
import dev.fulltime.application.matchview.MatchScoreboard;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** A match's replay, folded from its stream. */
@Component
class MatchReplayQueryHandler {

    private final MatchHistories histories;

    MatchReplayQueryHandler(MatchHistories histories) {
        this.histories = histories;
    }

    @QueryHandler
    Optional<MatchReplay> replay(FindMatchReplay query) {
        return histories.of(query.matchId()).map(history -> new MatchReplay(query.matchId(),
                history.replay().stream().map(ReplayFrame::of).toList(), MatchScoreboard.of(history.now())));
    }
}
