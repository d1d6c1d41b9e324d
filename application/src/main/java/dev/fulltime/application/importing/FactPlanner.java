package dev.fulltime.application.importing;

import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.command.MatchCommand;
import java.util.List;

/**
 * The facts a played match turns into, exactly as a scorer at the ground would send them: kick-off, the goals of
 * each period, the end of each period, extra time when played, a shoot-out as its tally (the source gives no
 * kicks), and the final whistle. A match not played yet has no facts.
 */
final class FactPlanner {

    private FactPlanner() {
    }

    /**
     * @throws Contradiction when the source's scores and scorers cannot all be true
     * @throws IncompleteMatch when the goals cannot be placed without inventing
     */
    static List<MatchCommand> facts(String matchId, ImportedMatch match) {
        if (!match.played()) {
            return List.of();
        }
        PlayedScore score = PlayedScore.of(match);
        List<PlacedGoal> goals = GoalPlacement.place(match, score);
        MatchFacts facts = new MatchFacts(matchId);
        for (Period period : score.periodsOnTheClock()) {
            facts.start(period);
            goals.stream().filter(goal -> goal.recordedDuring() == period).sorted(PlacedGoal.BY_MINUTE)
                    .forEach(facts::goal);
            facts.end(period);
        }
        if (score.penalties() != null) {
            facts.start(Period.PENALTY_SHOOTOUT);
            facts.shootoutTally(score.penalties());
        }
        facts.finalWhistle();
        return facts.commands();
    }
}
