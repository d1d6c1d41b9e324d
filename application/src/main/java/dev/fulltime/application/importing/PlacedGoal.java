package dev.fulltime.application.importing;

import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;
import java.util.Comparator;

/**
 * A goal as it will be recorded: while {@code recordedDuring} is being played, with what is known of it. {@code
 * player}, {@code minute}, {@code period} and {@code kind} are null where unknown; {@code period} is given only
 * when the minute is not.
 */
record PlacedGoal(Period recordedDuring, String team, String player, Minute minute, Period period, GoalKind kind) {

    /** Timed goals by the clock, then the others. */
    static final Comparator<PlacedGoal> BY_MINUTE =
            Comparator.comparing(PlacedGoal::minute, Comparator.nullsLast(Comparator.naturalOrder()));
}
