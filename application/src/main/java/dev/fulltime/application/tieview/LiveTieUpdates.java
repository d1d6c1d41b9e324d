package dev.fulltime.application.tieview;

import dev.fulltime.application.live.LiveUpdates;
import dev.fulltime.application.matchview.MatchViewListener;
import dev.fulltime.application.tieview.TieQueries.WatchTie;
import dev.fulltime.domain.match.MatchState;
import org.springframework.stereotype.Component;

/**
 * When a leg's match state is projected, recomposes its tie and sends it to the streams watching that tie. The leg
 * was saved in the same transaction just before, so the composition already counts it.
 */
@Component
class LiveTieUpdates implements MatchViewListener {

    private final LiveUpdates updates;
    private final LiveTies ties;

    LiveTieUpdates(LiveUpdates updates, LiveTies ties) {
        this.updates = updates;
        this.ties = ties;
    }

    @Override
    public void projected(MatchState state) {
        String tieId = state.match().tieId();
        if (tieId != null) {
            updates.emit(WatchTie.class, query -> query.tieId().equals(tieId), () -> ties.of(tieId));
        }
    }
}
