package dev.fulltime.application.history;

import dev.fulltime.application.matchview.MatchScoreboard;
import dev.fulltime.domain.history.ReplayStep;
import dev.fulltime.domain.match.TimelineEntry;
import java.time.Duration;

/**
 * One fact of a replay: its timeline entry, the scoreboard once it had happened, and the match time played since the
 * fact before it (zero for a fact without a minute), which a player turns into a wait.
 */
public record ReplayFrame(TimelineEntry fact, MatchScoreboard scoreboard, Duration matchTimeBefore) {

    static ReplayFrame of(ReplayStep step) {
        return new ReplayFrame(step.fact(), MatchScoreboard.of(step.after()), step.matchTimeBefore());
    }
}
