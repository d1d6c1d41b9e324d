package dev.fulltime.domain.explanation;

import dev.fulltime.domain.match.Fact;
import dev.fulltime.domain.match.FactType;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.event.FactCorrected;
import dev.fulltime.domain.match.event.FactRetracted;
import dev.fulltime.domain.match.event.GoalDisallowed;
import dev.fulltime.domain.match.event.MatchEvent;
import java.util.Optional;

/**
 * What one disallowance, correction or retraction did to the fact it names: the fact just before it and just after
 * it, and the reason given ({@code null} for a correction, or when none was given).
 */
record Amendment(String eventId, FactType type, Fact before, Fact after, String reason) {

    /** The amendment {@code event} makes when folded into {@code before}; empty for any other event. */
    static Optional<Amendment> of(MatchEvent event, MatchState before, MatchState after) {
        if (event instanceof GoalDisallowed disallowed) {
            return of(event, disallowed.goalEventId(), disallowed.reason(), before, after);
        }
        if (event instanceof FactCorrected corrected) {
            return of(event, corrected.targetEventId(), null, before, after);
        }
        if (event instanceof FactRetracted retracted) {
            return of(event, retracted.targetEventId(), retracted.reason(), before, after);
        }
        return Optional.empty();
    }

    private static Optional<Amendment> of(MatchEvent event, String targetEventId, String reason, MatchState before,
                                          MatchState after) {
        return before.fact(targetEventId).flatMap(target -> after.fact(targetEventId)
                .map(amended -> new Amendment(event.eventId(), event.type(), target, amended, reason)));
    }
}
