package dev.fulltime.domain.match;

import dev.fulltime.domain.match.command.TakeShootoutKick;
import dev.fulltime.domain.match.event.MatchEvent;
import dev.fulltime.domain.match.event.PeriodEnded;
import dev.fulltime.domain.match.event.ShootoutKickTaken;
import java.util.ArrayList;
import java.util.List;

/** Kicks alternate, the side that kicked first stays first; the kick that decides the shoot-out ends it. */
final class ShootoutRules {

    private ShootoutRules() {
    }

    static List<MatchEvent> kick(TakeShootoutKick command, MatchState state) {
        boolean inShootout = state.periodInPlay()
                && state.currentPeriod().orElse(null) == Period.PENALTY_SHOOTOUT;
        if (!inShootout) {
            if (state.shootout().decided()) {
                throw new RuleViolation(Rule.SHOOTOUT_DECIDED, "the shoot-out is already decided "
                        + state.shootout().score());
            }
            throw new RuleViolation(Rule.SHOOTOUT_NOT_IN_PROGRESS, "no penalty shoot-out is being played");
        }
        Side side = Teams.sideOf(command.team(), state);
        Shootout shootout = state.shootout();
        if (shootout.hasStarted() && shootout.nextSide() != side) {
            throw new RuleViolation(Rule.SHOOTOUT_OUT_OF_TURN,
                    "it is " + state.teamOf(shootout.nextSide()) + "'s turn to kick");
        }
        List<MatchEvent> events = new ArrayList<>();
        events.add(new ShootoutKickTaken(command.eventId(), side, command.player(), command.scored()));
        if (shootout.with(new Shootout.Kick(side, command.scored())).decided()) {
            events.add(new PeriodEnded(command.eventId() + ":end", Period.PENALTY_SHOOTOUT));
        }
        return events;
    }
}
