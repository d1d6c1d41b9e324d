package dev.fulltime.domain.match.command;

import dev.fulltime.domain.match.Period;

public record StartPeriod(String eventId, Period period) implements MatchCommand {
}
