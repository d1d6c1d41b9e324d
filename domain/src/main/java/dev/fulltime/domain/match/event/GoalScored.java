package dev.fulltime.domain.match.event;

import dev.fulltime.domain.match.FactType;
import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.Side;

/**
 * A goal for {@code side}. {@code minute} is null when only the period is known; {@code period} is null too when
 * only the stretch of play being recorded (regular or extra time) is known.
 */
public record GoalScored(String eventId, Side side, String player, Minute minute, Period period, GoalKind kind)
        implements MatchEvent {

    @Override
    public FactType type() {
        return FactType.GOAL;
    }
}
