package dev.fulltime.domain.match.command;

public record DisallowGoal(String eventId, String goalEventId, String reason) implements MatchCommand {
}
