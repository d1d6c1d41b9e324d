package dev.fulltime.domain.match;

import java.util.Set;

/** The periods of a match in the order they can be played. */
public enum Period {
    FIRST_HALF(1, 45),
    SECOND_HALF(46, 90),
    EXTRA_TIME_FIRST_HALF(91, 105),
    EXTRA_TIME_SECOND_HALF(106, 120),
    PENALTY_SHOOTOUT(0, 0);

    private final int firstMinute;
    private final int lastMinute;

    Period(int firstMinute, int lastMinute) {
        this.firstMinute = firstMinute;
        this.lastMinute = lastMinute;
    }

    public int firstMinute() {
        return firstMinute;
    }

    /** The last regular minute, the one stoppage time is added to. */
    public int lastMinute() {
        return lastMinute;
    }

    public boolean isPlayedOnTheClock() {
        return this != PENALTY_SHOOTOUT;
    }

    public boolean isExtraTime() {
        return this == EXTRA_TIME_FIRST_HALF || this == EXTRA_TIME_SECOND_HALF;
    }

    /** Whether the final whistle may follow this period: a match ends after a half, never between two. */
    public boolean canEndTheMatch() {
        return this == SECOND_HALF || this == EXTRA_TIME_SECOND_HALF || this == PENALTY_SHOOTOUT;
    }

    /** The periods that may follow this one once it has ended. */
    public Set<Period> possibleSuccessors() {
        return switch (this) {
            case FIRST_HALF -> Set.of(SECOND_HALF);
            case SECOND_HALF -> Set.of(EXTRA_TIME_FIRST_HALF, PENALTY_SHOOTOUT);
            case EXTRA_TIME_FIRST_HALF -> Set.of(EXTRA_TIME_SECOND_HALF);
            case EXTRA_TIME_SECOND_HALF -> Set.of(PENALTY_SHOOTOUT);
            case PENALTY_SHOOTOUT -> Set.of();
        };
    }
}
