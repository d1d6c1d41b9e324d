package dev.fulltime.domain.history;

import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.TimelineEntry;
import java.time.Duration;

/**
 * One fact of a replay: the timeline entry, the match once it (and every fact before it on the clock) had happened,
 * and the match time played since the fact before it (zero for a fact without a minute).
 */
public record ReplayStep(TimelineEntry fact, MatchState after, Duration matchTimeBefore) {
}
