package dev.fulltime.domain.match;

import java.util.Comparator;

/**
 * Where a fact sits on the match clock: the period it was recorded in, then the period's start before its play and
 * its end after, then the minute (a fact without a minute comes after the timed ones). The final whistle comes last.
 */
record MatchClock(int period, int phase, Minute minute) implements Comparable<MatchClock> {

    private static final Comparator<MatchClock> ORDER = Comparator
            .comparingInt(MatchClock::period)
            .thenComparingInt(MatchClock::phase)
            .thenComparing(MatchClock::minute, Comparator.nullsLast(Comparator.naturalOrder()));

    static MatchClock of(Fact fact) {
        return switch (fact.type()) {
            case PERIOD_STARTED -> new MatchClock(fact.period().ordinal(), 0, null);
            case PERIOD_ENDED -> new MatchClock(fact.period().ordinal(), 2, null);
            case MATCH_ENDED -> new MatchClock(Period.values().length, 0, null);
            default -> new MatchClock(fact.recordedDuring().ordinal(), 1, fact.minute());
        };
    }

    @Override
    public int compareTo(MatchClock other) {
        return ORDER.compare(this, other);
    }
}
