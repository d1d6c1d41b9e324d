package dev.fulltime.domain.match.command;

import dev.fulltime.domain.match.CardType;
import dev.fulltime.domain.match.Minute;

public record ShowCard(String eventId, String team, String player, Minute minute, CardType card)
        implements MatchCommand {
}
