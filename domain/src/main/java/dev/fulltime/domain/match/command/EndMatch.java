package dev.fulltime.domain.match.command;

public record EndMatch(String eventId) implements MatchCommand {
}
