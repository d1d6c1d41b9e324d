package dev.fulltime.domain.match.event;

import dev.fulltime.domain.match.FactType;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.Side;

public record SubstitutionMade(String eventId, Side side, String playerOff, String playerOn, Minute minute,
                               Period period) implements MatchEvent {

    @Override
    public FactType type() {
        return FactType.SUBSTITUTION;
    }
}
