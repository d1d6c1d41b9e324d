package dev.fulltime.domain.match.event;

import dev.fulltime.domain.match.FactType;

/** An earlier fact was recorded in error and no longer counts. */
public record FactRetracted(String eventId, String targetEventId, String reason) implements MatchEvent {

    @Override
    public FactType type() {
        return FactType.RETRACTION;
    }
}
