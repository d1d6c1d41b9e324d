package dev.fulltime.domain.explanation;

import dev.fulltime.domain.match.Fact;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.Period;

/**
 * Where a fact or a match stands on the match clock, in words: "at 59'", "in the first half", "after the first
 * half".
 */
final class ClockPhrase {

    private ClockPhrase() {
    }

    /** "at 59'", "in the first half", or "in extra time" when only the stretch of play it fell in is known. */
    static String of(Fact fact) {
        return (fact.minute() != null ? "at " : "in ") + noun(fact);
    }

    /** The same place as a noun: "59'", "the first half", "regular time". */
    static String noun(Fact fact) {
        if (fact.minute() != null) {
            return fact.minute() + "'";
        }
        if (fact.period() != null) {
            return period(fact.period());
        }
        return fact.recordedDuring().isExtraTime() ? "extra time" : "regular time";
    }

    /** Where a match that has kicked off stands: "in the second half", "after the first half". */
    static String stage(MatchState state) {
        Period period = state.currentPeriod().orElseThrow();
        return (state.periodInPlay() ? "in " : "after ") + period(period);
    }

    static String period(Period period) {
        return switch (period) {
            case FIRST_HALF -> "the first half";
            case SECOND_HALF -> "the second half";
            case EXTRA_TIME_FIRST_HALF -> "the first half of extra time";
            case EXTRA_TIME_SECOND_HALF -> "the second half of extra time";
            case PENALTY_SHOOTOUT -> "the penalty shoot-out";
        };
    }
}
