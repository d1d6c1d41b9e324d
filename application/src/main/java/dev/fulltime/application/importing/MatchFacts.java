package dev.fulltime.application.importing;

import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.Score;
import dev.fulltime.domain.match.command.EndMatch;
import dev.fulltime.domain.match.command.EndPeriod;
import dev.fulltime.domain.match.command.MatchCommand;
import dev.fulltime.domain.match.command.RecordGoal;
import dev.fulltime.domain.match.command.RecordShootoutTally;
import dev.fulltime.domain.match.command.StartPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The facts of one match in the order a scorer sends them, each with its eventId (see {@link ImportIds#event}). */
final class MatchFacts {

    /** Index 0 is the match's scheduling; facts count from 1. */
    private static final int FIRST_FACT = 1;

    private final String matchId;
    private final List<MatchCommand> commands = new ArrayList<>();

    MatchFacts(String matchId) {
        this.matchId = matchId;
    }

    void start(Period period) {
        add(id -> new StartPeriod(id, period), "PERIOD_STARTED", period);
    }

    void end(Period period) {
        add(id -> new EndPeriod(id, period), "PERIOD_ENDED", period);
    }

    void goal(PlacedGoal goal) {
        add(id -> new RecordGoal(id, goal.team(), goal.player(), goal.minute(), goal.period(), goal.kind()),
                "GOAL", goal.team(), goal.player(), goal.minute(), goal.period(), goal.kind());
    }

    void shootoutTally(Score penalties) {
        add(id -> new RecordShootoutTally(id, penalties), "SHOOTOUT_TALLY", penalties);
    }

    void finalWhistle() {
        add(EndMatch::new, "MATCH_ENDED");
    }

    List<MatchCommand> commands() {
        return List.copyOf(commands);
    }

    private void add(Function<String, MatchCommand> command, Object... content) {
        commands.add(command.apply(ImportIds.event(matchId, FIRST_FACT + commands.size(), content)));
    }
}
