package dev.fulltime.application.importing;

import dev.fulltime.domain.match.MatchDecider;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.RuleViolation;
import dev.fulltime.domain.match.TieBinding;
import dev.fulltime.domain.match.command.EndMatch;
import dev.fulltime.domain.match.command.EndPeriod;
import dev.fulltime.domain.match.command.MatchCommand;
import dev.fulltime.domain.match.command.RecordGoal;
import dev.fulltime.domain.match.command.RecordShootoutTally;
import dev.fulltime.domain.match.command.StartPeriod;
import dev.fulltime.domain.match.event.MatchEvent;
import dev.fulltime.domain.tie.CompetitionRules;
import dev.fulltime.domain.tie.LegResult;
import dev.fulltime.domain.tie.TieContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plays planned matches through the rules of the game (the domain's decider, bound to its tie as the engine binds
 * it) before anything is recorded, so that a source the engine would refuse halfway through a match is refused
 * whole instead: a final whistle on a level tie, extra time the tie did not need.
 */
final class DryRun {

    private DryRun() {
    }

    /** What the rules refuse of a match outside any tie. */
    static Optional<ImportProblem> of(PlannedMatch match) {
        List<ImportProblem> problems = new ArrayList<>();
        play(match, TieBinding.NONE, problems);
        return problems.stream().findFirst();
    }

    /** What the rules refuse of a tie's legs, each played after the ones before it. */
    static List<ImportProblem> of(PlannedTie tie, CompetitionRules rules) {
        List<ImportProblem> problems = new ArrayList<>();
        List<LegResult> earlierLegs = new ArrayList<>();
        for (PlannedMatch leg : tie.legs()) {
            TieContext binding = new TieContext(rules, tie.format(), tie.teamA(), tie.teamB(), earlierLegs);
            earlierLegs.add(LegResult.of(play(leg, binding, problems)));
        }
        return problems;
    }

    /** The match after its facts, up to the first one refused (noted in {@code problems}). */
    private static MatchState play(PlannedMatch match, TieBinding binding, List<ImportProblem> problems) {
        MatchState state = MatchDecider.replay(MatchDecider.decide(match.schedule(), MatchDecider.initial()));
        for (MatchCommand fact : match.facts()) {
            try {
                for (MatchEvent event : MatchDecider.decide(fact, state, binding)) {
                    state = MatchDecider.evolve(state, event);
                }
            } catch (RuleViolation refused) {
                problems.add(new ImportProblem(match.match().describe(), "the rules of the game refuse "
                        + describe(fact) + " (" + refused.rule() + "): " + refused.getMessage()));
                return state;
            }
        }
        return state;
    }

    private static String describe(MatchCommand fact) {
        if (fact instanceof StartPeriod start) {
            return "the start of " + start.period();
        }
        if (fact instanceof EndPeriod end) {
            return "the end of " + end.period();
        }
        if (fact instanceof RecordGoal goal) {
            return "a goal of " + goal.team() + (goal.minute() == null ? "" : " at " + goal.minute() + "'");
        }
        if (fact instanceof RecordShootoutTally tally) {
            return "the shoot-out tally " + tally.penalties();
        }
        return fact instanceof EndMatch ? "the final whistle" : fact.toString();
    }
}
