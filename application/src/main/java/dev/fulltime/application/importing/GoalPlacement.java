package dev.fulltime.application.importing;

import dev.fulltime.domain.match.Side;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places every goal of a played match in the period it is recorded in, never inventing what the source does not
 * say. The scores give each side's goals per stretch (half, regular time, extra time). A listed goal with a minute
 * goes in its minute's period; a listed goal without one takes its side's earliest stretch left, claiming no half.
 * Without scorers, the goals of each stretch are recorded with no player and no minute, claiming the half where the
 * half-time score tells it. Listed scorers that do not fit the scores exactly are a contradiction.
 */
final class GoalPlacement {

    private GoalPlacement() {
    }

    /** @throws Contradiction when the listed goals do not add up to the scores */
    static List<PlacedGoal> place(ImportedMatch match, PlayedScore score) {
        Map<String, List<Stretch>> open = new LinkedHashMap<>();
        open.put(match.homeTeam(), new ArrayList<>(score.stretchesOfGoals(Side.HOME)));
        open.put(match.awayTeam(), new ArrayList<>(score.stretchesOfGoals(Side.AWAY)));
        List<PlacedGoal> placed = new ArrayList<>();
        for (ImportedGoal goal : match.goals()) {
            List<Stretch> left = open.get(goal.team());
            if (left == null) {
                throw new Contradiction(scorer(goal) + " scores for " + goal.team() + ", who does not play in it");
            }
            placed.add(goal.minute() != null ? timed(goal, left, score) : untimed(goal, left, score));
        }
        if (!match.goals().isEmpty()) {
            requireEveryGoalListed(match, open, score);
        }
        open.forEach((team, left) -> left.forEach(stretch ->
                placed.add(new PlacedGoal(stretch.recordedDuring(), team, null, null, stretch.knownPeriod(), null))));
        return placed;
    }

    private static PlacedGoal timed(ImportedGoal goal, List<Stretch> left, PlayedScore score) {
        if (!left.remove(score.stretchOf(goal.minute()))) {
            throw new Contradiction(scorer(goal) + " at " + goal.minute() + "' is one goal more for " + goal.team()
                    + " than the score " + score.describe() + " has");
        }
        return new PlacedGoal(goal.minute().period(), goal.team(), goal.player(), goal.minute(), null, goal.kind());
    }

    private static PlacedGoal untimed(ImportedGoal goal, List<Stretch> left, PlayedScore score) {
        if (left.isEmpty()) {
            throw new Contradiction(scorer(goal) + " is one goal more for " + goal.team() + " than the score "
                    + score.describe() + " has");
        }
        Stretch stretch = left.remove(0);
        return new PlacedGoal(stretch.recordedDuring(), goal.team(), goal.player(), null, null, goal.kind());
    }

    private static void requireEveryGoalListed(ImportedMatch match, Map<String, List<Stretch>> open,
                                               PlayedScore score) {
        open.forEach((team, left) -> {
            if (!left.isEmpty()) {
                throw new Contradiction("the scorers listed leave " + left.size() + " goal(s) of " + team
                        + " in the score " + score.describe() + " unaccounted for");
            }
        });
    }

    private static String scorer(ImportedGoal goal) {
        return "the goal of " + goal.player();
    }
}
