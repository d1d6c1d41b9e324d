package dev.fulltime.domain.match;

import dev.fulltime.domain.match.command.CorrectFact;
import dev.fulltime.domain.match.command.DisallowGoal;
import dev.fulltime.domain.match.command.EndMatch;
import dev.fulltime.domain.match.command.EndPeriod;
import dev.fulltime.domain.match.command.MakeSubstitution;
import dev.fulltime.domain.match.command.MatchCommand;
import dev.fulltime.domain.match.command.RecordGoal;
import dev.fulltime.domain.match.command.RecordShootoutTally;
import dev.fulltime.domain.match.command.RetractFact;
import dev.fulltime.domain.match.command.ScheduleMatch;
import dev.fulltime.domain.match.command.ShowCard;
import dev.fulltime.domain.match.command.StartPeriod;
import dev.fulltime.domain.match.command.TakeShootoutKick;
import dev.fulltime.domain.match.event.MatchEvent;
import dev.fulltime.domain.match.event.MatchScheduled;
import java.util.List;

/**
 * The rules of a match as a decider: {@code decide} turns a command into the facts it adds (or refuses it),
 * {@code evolve} folds a fact into the state. Every projection, past view and explanation reuses {@code evolve}.
 */
public final class MatchDecider {

    private MatchDecider() {
    }

    public static MatchState initial() {
        return MatchState.initial();
    }

    /**
     * The fact a command adds (one at most); none when a fact with the command's {@code eventId} is already
     * recorded.
     *
     * @throws RuleViolation when the rules of the game refuse the command
     */
    public static List<MatchEvent> decide(MatchCommand command, MatchState state) {
        return decide(command, state, TieBinding.NONE);
    }

    /**
     * As {@link #decide(MatchCommand, MatchState)}, for a match that may decide a tie: {@code tie} says when extra
     * time, a shoot-out and the final whistle may come.
     */
    public static List<MatchEvent> decide(MatchCommand command, MatchState state, TieBinding tie) {
        if (command instanceof ScheduleMatch schedule) {
            return schedule(schedule, state);
        }
        if (!state.exists()) {
            throw new IllegalStateException("no match has been scheduled to record " + command + " in");
        }
        if (state.sequenceOf(command.eventId()).isPresent()) {
            return List.of();
        }
        if (command instanceof StartPeriod start) {
            return PeriodRules.start(start, state, tie);
        }
        if (command instanceof EndPeriod end) {
            return PeriodRules.end(end, state);
        }
        if (command instanceof RecordGoal goal) {
            return PlayRules.goal(goal, state);
        }
        if (command instanceof ShowCard card) {
            return PlayRules.card(card, state);
        }
        if (command instanceof MakeSubstitution substitution) {
            return PlayRules.substitution(substitution, state);
        }
        if (command instanceof DisallowGoal disallow) {
            return AmendmentRules.disallow(disallow, state);
        }
        if (command instanceof CorrectFact correct) {
            return AmendmentRules.correct(correct, state);
        }
        if (command instanceof RetractFact retract) {
            return AmendmentRules.retract(retract, state);
        }
        if (command instanceof TakeShootoutKick kick) {
            return ShootoutRules.kick(kick, state);
        }
        if (command instanceof RecordShootoutTally tally) {
            return ShootoutRules.tally(tally, state);
        }
        if (command instanceof EndMatch end) {
            return PeriodRules.endMatch(end, state, tie);
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    private static List<MatchEvent> schedule(ScheduleMatch command, MatchState state) {
        if (state.exists()) {
            throw new RuleViolation(Rule.MATCH_ALREADY_SCHEDULED, "match " + command.matchId() + " already exists");
        }
        if (command.homeTeam().equals(command.awayTeam())) {
            throw new RuleViolation(Rule.SAME_TEAM_TWICE, "a team cannot play itself: " + command.homeTeam());
        }
        return List.of(new MatchScheduled(command.eventId(), command.matchId(), command.homeTeam(),
                command.awayTeam(), command.kickoffAt(), command.venue(), command.tieId(), command.leg(),
                command.competitionId(), command.round()));
    }

    /** Folds one fact into the state. Total: a fact that refers to nothing known changes nothing but the version. */
    public static MatchState evolve(MatchState state, MatchEvent event) {
        return new StateEvolution(state, event).next();
    }

    /** Folds a whole log from the initial state. */
    public static MatchState replay(Iterable<? extends MatchEvent> events) {
        MatchState state = initial();
        for (MatchEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }
}
