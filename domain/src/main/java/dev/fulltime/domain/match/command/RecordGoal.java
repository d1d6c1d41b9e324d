package dev.fulltime.domain.match.command;

import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;

/** A goal; give {@code minute}, or only {@code period} when the minute is not known. */
public record RecordGoal(String eventId, String team, String player, Minute minute, Period period, GoalKind kind)
        implements MatchCommand {
}
