package dev.fulltime.infrastructure.web.replay;

import dev.fulltime.application.matchview.MatchScoreboard;
import dev.fulltime.domain.match.TimelineEntry;

/** The data of a replay's {@code fact} event: the timeline entry and the scoreboard once it had happened. */
record ReplayedFact(TimelineEntry fact, MatchScoreboard scoreboard) {
}
