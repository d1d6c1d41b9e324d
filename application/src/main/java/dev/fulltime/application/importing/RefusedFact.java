package dev.fulltime.application.importing;

import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.Rule;
import dev.fulltime.domain.match.RuleViolation;
import dev.fulltime.domain.match.command.EndMatch;
import dev.fulltime.domain.match.command.EndPeriod;
import dev.fulltime.domain.match.command.MatchCommand;
import dev.fulltime.domain.match.command.RecordGoal;
import dev.fulltime.domain.match.command.RecordShootoutTally;
import dev.fulltime.domain.match.command.StartPeriod;

/** The first fact of a planned match that the rules of the game refuse, with the match as it stood before it. */
class RefusedFact extends RuntimeException {

    private final PlannedMatch match;
    private final MatchCommand fact;
    private final Rule rule;
    private final MatchState before;

    RefusedFact(PlannedMatch match, MatchCommand fact, RuleViolation refusal, MatchState before) {
        super("the rules of the game refuse " + describe(fact) + " (" + refusal.rule() + "): "
                + refusal.getMessage(), refusal);
        this.match = match;
        this.fact = fact;
        this.rule = refusal.rule();
        this.before = before;
    }

    PlannedMatch match() {
        return match;
    }

    MatchCommand fact() {
        return fact;
    }

    Rule rule() {
        return rule;
    }

    /** The match after every fact before the refused one. */
    MatchState before() {
        return before;
    }

    ImportProblem problem() {
        return new ImportProblem(match.match().describe(), getMessage());
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
