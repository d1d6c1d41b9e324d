package dev.fulltime.domain.match.event;

import dev.fulltime.domain.match.FactType;
import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Side;

/** Corrects an earlier fact; only the non-null fields change. */
public record FactCorrected(String eventId, String targetEventId, String player, Minute minute, GoalKind kind,
                            Side side) implements MatchEvent {

    @Override
    public FactType type() {
        return FactType.CORRECTION;
    }
}
