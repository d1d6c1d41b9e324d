package dev.fulltime.domain.match.event;

import dev.fulltime.domain.match.FactType;

/** The final whistle: the result is final. */
public record MatchEnded(String eventId) implements MatchEvent {

    @Override
    public FactType type() {
        return FactType.MATCH_ENDED;
    }
}
