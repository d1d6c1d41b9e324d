package dev.fulltime.application.importing;

import dev.fulltime.domain.match.MatchDecider;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.TieBinding;
import dev.fulltime.domain.match.command.EndMatch;
import dev.fulltime.domain.match.command.EndPeriod;
import dev.fulltime.domain.match.command.MatchCommand;
import dev.fulltime.domain.match.command.RecordGoal;
import dev.fulltime.domain.match.command.RecordShootoutTally;
import dev.fulltime.domain.match.command.ScheduleMatch;
import dev.fulltime.domain.match.command.StartPeriod;
import java.util.List;

/** Planned facts as tests read them, and as the match decider takes them. */
final class PlannedFacts {

    private PlannedFacts() {
    }

    /** "start FIRST_HALF", "goal Liverpool FC Núñez 4' REGULAR", "goal Liverpool FC ? in FIRST_HALF ?", ... */
    static List<String> described(List<MatchCommand> facts) {
        return facts.stream().map(PlannedFacts::describe).toList();
    }

    /** The match after its facts, each decided by the rules of the game outside any tie. */
    static MatchState played(ScheduleMatch schedule, List<MatchCommand> facts) {
        MatchState state = MatchDecider.replay(MatchDecider.decide(schedule, MatchDecider.initial()));
        for (MatchCommand fact : facts) {
            for (var event : MatchDecider.decide(fact, state, TieBinding.NONE)) {
                state = MatchDecider.evolve(state, event);
            }
        }
        return state;
    }

    private static String describe(MatchCommand fact) {
        if (fact instanceof StartPeriod start) {
            return "start " + start.period();
        }
        if (fact instanceof EndPeriod end) {
            return "end " + end.period();
        }
        if (fact instanceof RecordGoal goal) {
            String when = goal.minute() != null ? goal.minute() + "'"
                    : goal.period() != null ? "in " + goal.period() : "in the stretch";
            return "goal " + goal.team() + " " + orUnknown(goal.player()) + " " + when + " " + orUnknown(goal.kind());
        }
        if (fact instanceof RecordShootoutTally tally) {
            return "shoot-out " + tally.penalties();
        }
        if (fact instanceof EndMatch) {
            return "final whistle";
        }
        throw new IllegalArgumentException("not a fact an import plans: " + fact);
    }

    private static String orUnknown(Object value) {
        return value == null ? "?" : value.toString();
    }
}
