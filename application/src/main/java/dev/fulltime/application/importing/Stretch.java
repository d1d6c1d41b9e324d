package dev.fulltime.application.importing;

import dev.fulltime.domain.match.Period;

/**
 * The part of a match a goal without a minute is known to belong to, from the scores alone: a half when the
 * half-time score tells, otherwise only regular time or extra time. Such a goal is recorded while the stretch's
 * last period is being played, claiming the half only where it is known.
 */
enum Stretch {
    FIRST_HALF(Period.FIRST_HALF, Period.FIRST_HALF),
    SECOND_HALF(Period.SECOND_HALF, Period.SECOND_HALF),
    REGULAR_TIME(Period.SECOND_HALF, null),
    EXTRA_TIME(Period.EXTRA_TIME_SECOND_HALF, null);

    private final Period recordedDuring;
    private final Period knownPeriod;

    Stretch(Period recordedDuring, Period knownPeriod) {
        this.recordedDuring = recordedDuring;
        this.knownPeriod = knownPeriod;
    }

    Period recordedDuring() {
        return recordedDuring;
    }

    /** The period a goal of this stretch is recorded with; null when only the stretch is known. */
    Period knownPeriod() {
        return knownPeriod;
    }
}
