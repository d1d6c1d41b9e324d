package dev.fulltime.domain.match.command;

public record RetractFact(String eventId, String targetEventId, String reason) implements MatchCommand {
}
