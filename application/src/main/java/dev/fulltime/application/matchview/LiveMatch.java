package dev.fulltime.application.matchview;

import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.TimelineEntry;
import java.util.List;

/** A match as a live stream shows it: the scoreboard and the timeline at one version of its stream. */
public record LiveMatch(long version, MatchScoreboard scoreboard, List<TimelineEntry> timeline) {

    static LiveMatch of(MatchState state) {
        return new LiveMatch(state.version(), MatchScoreboard.of(state), state.timeline());
    }
}
