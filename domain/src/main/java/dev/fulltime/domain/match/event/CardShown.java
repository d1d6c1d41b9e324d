package dev.fulltime.domain.match.event;

import dev.fulltime.domain.match.FactType;
import dev.fulltime.domain.match.CardType;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.Side;

public record CardShown(String eventId, Side side, String player, Minute minute, Period period, CardType card)
        implements MatchEvent {

    @Override
    public FactType type() {
        return FactType.CARD;
    }
}
