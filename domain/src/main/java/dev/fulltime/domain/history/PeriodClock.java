package dev.fulltime.domain.history;

import dev.fulltime.domain.match.FactType;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.TimelineEntry;
import java.time.Duration;

/**
 * How far into its period the match clock is, as a replay reads the timeline fact by fact: a period's start sets it
 * to the period's first second, a fact with a minute moves it on to the start of that minute (minute 4 starts 3
 * minutes in, 45+2 starts 46 minutes in), a fact without a minute leaves it where it is.
 */
final class PeriodClock {

    private Duration intoPeriod = Duration.ZERO;

    /** The match time played from the previous fact to {@code entry}. */
    Duration advanceTo(TimelineEntry entry) {
        if (entry.type() == FactType.PERIOD_STARTED) {
            intoPeriod = Duration.ZERO;
            return Duration.ZERO;
        }
        if (entry.minute() == null) {
            return Duration.ZERO;
        }
        Duration at = startOf(entry.minute());
        if (at.compareTo(intoPeriod) <= 0) {
            return Duration.ZERO;
        }
        Duration played = at.minus(intoPeriod);
        intoPeriod = at;
        return played;
    }

    private static Duration startOf(Minute minute) {
        return Duration.ofMinutes(minute.regular() - minute.period().firstMinute() + minute.stoppage());
    }
}
