package dev.fulltime.domain.explanation;

import dev.fulltime.domain.match.Fact;
import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.MatchState;

/**
 * A goal named as a person would: "Vinícius Júnior's goal (Real Madrid)", "Mohamed Salah's penalty (Liverpool FC)",
 * "Alisson's own goal (for Real Madrid)" (an own goal counts for the other side), "A goal for Real Madrid" when the
 * scorer is unknown.
 */
final class GoalPhrase {

    private GoalPhrase() {
    }

    static String of(Fact goal, MatchState state) {
        String team = state.teamOf(goal.side());
        String noun = noun(goal.kind());
        if (goal.player() == null) {
            return (goal.kind() == GoalKind.OWN_GOAL ? "An " : "A ") + noun + " for " + team;
        }
        return goal.player() + "'s " + noun + (goal.kind() == GoalKind.OWN_GOAL ? " (for " + team + ")"
                : " (" + team + ")");
    }

    /** The kind of a goal with its article, as a correction names what it was: "a regular goal", "an own goal". */
    static String kind(GoalKind kind) {
        return switch (kind) {
            case REGULAR -> "a regular goal";
            case PENALTY -> "a penalty";
            case OWN_GOAL -> "an own goal";
        };
    }

    private static String noun(GoalKind kind) {
        return switch (kind) {
            case REGULAR -> "goal";
            case PENALTY -> "penalty";
            case OWN_GOAL -> "own goal";
        };
    }
}
