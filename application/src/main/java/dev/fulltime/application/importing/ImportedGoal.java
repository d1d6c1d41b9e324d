package dev.fulltime.application.importing;

import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.Minute;

/**
 * A goal a source lists.
 *
 * @param team   the side the goal counts for (an own goal's scorer plays for the other side)
 * @param minute null when the source names the scorer but not the minute
 */
public record ImportedGoal(String team, String player, Minute minute, GoalKind kind) {
}
