package dev.fulltime.domain.match.event;

import dev.fulltime.domain.match.FactType;

/** A goal ruled out (for example by VAR); the goal stays in the log, it no longer counts. */
public record GoalDisallowed(String eventId, String goalEventId, String reason) implements MatchEvent {

    @Override
    public FactType type() {
        return FactType.GOAL_DISALLOWED;
    }
}
