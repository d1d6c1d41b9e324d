package dev.fulltime.application.history;

import dev.fulltime.application.history.HistoryQueries.FindMatchAsOf;
import dev.fulltime.application.history.HistoryQueries.FindMatchAtMinute;
import dev.fulltime.application.history.HistoryQueries.FindMatchAtSequence;
import dev.fulltime.application.matchview.MatchScoreboard;
import dev.fulltime.domain.history.MatchHistory;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** A match's scoreboard at a point of its past, folded from its stream. */
@Component
class MatchHistoryQueryHandlers {

    private final MatchHistories histories;

    MatchHistoryQueryHandlers(MatchHistories histories) {
        this.histories = histories;
    }

    @QueryHandler
    Optional<MatchScoreboard> atSequence(FindMatchAtSequence query) {
        return histories.of(query.matchId()).map(history -> history.atSequence(query.sequence()))
                .map(MatchScoreboard::of);
    }

    @QueryHandler
    Optional<MatchScoreboard> atMinute(FindMatchAtMinute query) {
        return histories.of(query.matchId()).map(history -> history.atMinute(query.minute()))
                .map(MatchScoreboard::of);
    }

    @QueryHandler
    Optional<MatchScoreboard> asOf(FindMatchAsOf query) {
        return histories.asOf(query.matchId(), query.asOf()).map(MatchHistory::now).map(MatchScoreboard::of);
    }
}
