package dev.fulltime.application.matchview;

import dev.fulltime.application.live.LiveUpdates;
import dev.fulltime.application.matchview.MatchQueries.WatchMatch;
import dev.fulltime.domain.match.MatchState;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Sends each projected match state to the streams watching that match. */
@Component
class LiveMatchUpdates implements MatchViewListener {

    private final LiveUpdates updates;

    LiveMatchUpdates(LiveUpdates updates) {
        this.updates = updates;
    }

    @Override
    public void projected(MatchState state) {
        String matchId = state.match().matchId();
        updates.emit(WatchMatch.class, query -> query.matchId().equals(matchId),
                () -> Optional.of(LiveMatch.of(state)));
    }
}
