package dev.fulltime.domain.match.event;

import dev.fulltime.domain.match.FactType;
import dev.fulltime.domain.match.Period;

public record PeriodStarted(String eventId, Period period) implements MatchEvent {

    @Override
    public FactType type() {
        return FactType.PERIOD_STARTED;
    }
}
