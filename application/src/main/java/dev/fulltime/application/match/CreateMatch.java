package dev.fulltime.application.match;

import dev.fulltime.domain.match.command.ScheduleMatch;

/** Creates a match's event stream. */
public record CreateMatch(ScheduleMatch schedule) {
}
