package dev.fulltime.domain.match.command;

import dev.fulltime.domain.match.Period;

public record EndPeriod(String eventId, Period period) implements MatchCommand {
}
