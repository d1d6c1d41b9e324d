package dev.fulltime.domain.match.command;

public record TakeShootoutKick(String eventId, String team, String player, boolean scored) implements MatchCommand {
}
