package dev.fulltime.domain.match;

import dev.fulltime.domain.match.command.RecordShootoutTally;
import dev.fulltime.domain.match.command.TakeShootoutKick;
import dev.fulltime.domain.match.event.MatchEvent;
import dev.fulltime.domain.match.event.ShootoutKickTaken;
import dev.fulltime.domain.match.event.ShootoutTallyRecorded;
import java.util.List;

/**
 * Kicks alternate and the side that kicked first stays first. The kick that decides the shoot-out also ends it
 * (see {@link StateEvolution}), so no kick can follow.
 */
final class ShootoutRules {

    private ShootoutRules() {
    }

    static List<MatchEvent> kick(TakeShootoutKick command, MatchState state) {
        requireShootoutInPlay(state);
        Side side = Teams.sideOf(command.team(), state);
        Shootout shootout = state.shootout();
        if (shootout.hasStarted() && shootout.nextSide() != side) {
            throw new RuleViolation(Rule.SHOOTOUT_OUT_OF_TURN,
                    "it is " + state.teamOf(shootout.nextSide()) + "'s turn to kick");
        }
        return List.of(new ShootoutKickTaken(command.eventId(), side, command.player(), command.scored()));
    }

    static List<MatchEvent> tally(RecordShootoutTally command, MatchState state) {
        requireShootoutInPlay(state);
        if (state.shootout().hasStarted()) {
            throw new RuleViolation(Rule.IMPOSSIBLE_SHOOTOUT_RESULT,
                    "the shoot-out is being recorded kick by kick; its tally follows from the kicks");
        }
        if (!Shootout.possibleResult(command.penalties())) {
            throw new RuleViolation(Rule.IMPOSSIBLE_SHOOTOUT_RESULT,
                    "no shoot-out ends " + command.penalties() + ": it cannot end level, and a lead of more than "
                            + "one ends it within five kicks each");
        }
        return List.of(new ShootoutTallyRecorded(command.eventId(), command.penalties()));
    }

    private static void requireShootoutInPlay(MatchState state) {
        boolean inShootout = state.periodInPlay()
                && state.currentPeriod().orElse(null) == Period.PENALTY_SHOOTOUT;
        if (!inShootout) {
            if (state.shootout().decided()) {
                throw new RuleViolation(Rule.SHOOTOUT_DECIDED, "the shoot-out is already decided "
                        + state.shootout().score());
            }
            throw new RuleViolation(Rule.SHOOTOUT_NOT_IN_PROGRESS, "no penalty shoot-out is being played");
        }
    }
}
