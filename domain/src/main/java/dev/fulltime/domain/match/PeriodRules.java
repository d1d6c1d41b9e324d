package dev.fulltime.domain.match;

import dev.fulltime.domain.match.command.EndMatch;
import dev.fulltime.domain.match.command.EndPeriod;
import dev.fulltime.domain.match.command.StartPeriod;
import dev.fulltime.domain.match.event.MatchEnded;
import dev.fulltime.domain.match.event.MatchEvent;
import dev.fulltime.domain.match.event.PeriodEnded;
import dev.fulltime.domain.match.event.PeriodStarted;
import java.util.List;
import java.util.Set;

/** Kick-off, the periods in their order, and the final whistle. */
final class PeriodRules {

    private PeriodRules() {
    }

    static List<MatchEvent> start(StartPeriod command, MatchState state, TieBinding tie) {
        Period period = command.period();
        if (state.ended()) {
            throw new RuleViolation(Rule.MATCH_FINISHED, "the match is over; " + period + " cannot start");
        }
        if (state.startedPeriods().contains(period)) {
            throw new RuleViolation(Rule.PERIOD_OUT_OF_ORDER, period + " has already been played");
        }
        Set<Period> allowed = state.currentPeriod().map(Period::possibleSuccessors).orElse(Set.of(Period.FIRST_HALF));
        if (state.periodInPlay()) {
            throw new RuleViolation(Rule.PERIOD_OUT_OF_ORDER,
                    state.currentPeriod().orElseThrow() + " is still being played; end it before " + period);
        }
        if (!allowed.contains(period)) {
            throw new RuleViolation(Rule.PERIOD_OUT_OF_ORDER, period + " cannot follow "
                    + state.currentPeriod().map(Period::name).orElse("the kick-off") + "; expected one of " + allowed);
        }
        if (period == Period.EXTRA_TIME_FIRST_HALF && !tie.extraTimeNeeded(state)) {
            throw new RuleViolation(Rule.EXTRA_TIME_NOT_NEEDED,
                    "the tie is not level after 90 minutes of its deciding match: no extra time");
        }
        if (period == Period.PENALTY_SHOOTOUT && !tie.shootoutNeeded(state)) {
            throw new RuleViolation(Rule.SHOOTOUT_NOT_NEEDED,
                    "a shoot-out only follows a deciding match that is level after the play before it");
        }
        return List.of(new PeriodStarted(command.eventId(), period));
    }

    static List<MatchEvent> end(EndPeriod command, MatchState state) {
        Period period = command.period();
        if (state.ended()) {
            throw new RuleViolation(Rule.MATCH_FINISHED, "the match is over; " + period + " cannot end again");
        }
        if (!state.periodInPlay() || state.currentPeriod().orElseThrow() != period) {
            throw new RuleViolation(Rule.PERIOD_NOT_IN_PLAY, period + " is not being played");
        }
        if (period == Period.PENALTY_SHOOTOUT && !state.shootout().decided()) {
            throw new RuleViolation(Rule.SHOOTOUT_UNDECIDED, "the shoot-out is not decided yet");
        }
        return List.of(new PeriodEnded(command.eventId(), period));
    }

    static List<MatchEvent> endMatch(EndMatch command, MatchState state, TieBinding tie) {
        if (state.ended()) {
            throw new RuleViolation(Rule.MATCH_ALREADY_ENDED, "the final whistle has already been recorded");
        }
        if (!state.kickedOff()) {
            throw new RuleViolation(Rule.MATCH_NOT_STARTED, "the match has not kicked off");
        }
        if (state.periodInPlay()) {
            throw new RuleViolation(Rule.MATCH_INCOMPLETE,
                    state.currentPeriod().orElseThrow() + " is still being played; end it first");
        }
        Period last = state.currentPeriod().orElseThrow();
        if (!last.canEndTheMatch()) {
            throw new RuleViolation(Rule.MATCH_INCOMPLETE, "a match cannot end after " + last);
        }
        if (!tie.tieDecided(state)) {
            throw new RuleViolation(Rule.TIE_UNDECIDED,
                    "the tie is level: its deciding match needs extra time or a shoot-out before the final whistle");
        }
        return List.of(new MatchEnded(command.eventId()));
    }
}
