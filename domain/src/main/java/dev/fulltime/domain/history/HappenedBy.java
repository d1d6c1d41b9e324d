package dev.fulltime.domain.history;

import dev.fulltime.domain.match.Fact;
import dev.fulltime.domain.match.FactType;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;
import java.util.function.Predicate;

/**
 * Whether a fact had happened by a minute of the match clock. A fact with a minute happened at that minute. A
 * period's start happened at the period's first minute. A fact known only by the period it was recorded in (a goal
 * without a minute, a period's end, the final whistle after that period) may have come as late as the period's last
 * second of stoppage time, so it has happened once the clock is past that period. Nothing of a shoot-out is on the
 * clock.
 */
record HappenedBy(Minute minute) implements Predicate<Fact> {

    @Override
    public boolean test(Fact fact) {
        if (fact.minute() != null) {
            return fact.minute().compareTo(minute) <= 0;
        }
        Period period = fact.recordedDuring();
        if (period == null || !period.isPlayedOnTheClock()) {
            return false;
        }
        if (fact.type() == FactType.PERIOD_STARTED) {
            return minute.regular() >= period.firstMinute();
        }
        return minute.period().compareTo(period) > 0;
    }
}
