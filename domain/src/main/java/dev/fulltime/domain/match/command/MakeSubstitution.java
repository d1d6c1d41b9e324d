package dev.fulltime.domain.match.command;

import dev.fulltime.domain.match.Minute;

public record MakeSubstitution(String eventId, String team, String playerOff, String playerOn, Minute minute)
        implements MatchCommand {
}
