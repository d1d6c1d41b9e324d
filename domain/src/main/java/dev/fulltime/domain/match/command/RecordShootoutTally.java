package dev.fulltime.domain.match.command;

import dev.fulltime.domain.match.Score;

/** A shoot-out's final tally, for a source that gives no kicks. */
public record RecordShootoutTally(String eventId, Score penalties) implements MatchCommand {
}
