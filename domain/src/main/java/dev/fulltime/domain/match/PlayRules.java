package dev.fulltime.domain.match;

import dev.fulltime.domain.match.command.MakeSubstitution;
import dev.fulltime.domain.match.command.RecordGoal;
import dev.fulltime.domain.match.command.ShowCard;
import dev.fulltime.domain.match.event.CardShown;
import dev.fulltime.domain.match.event.GoalScored;
import dev.fulltime.domain.match.event.MatchEvent;
import dev.fulltime.domain.match.event.SubstitutionMade;
import java.util.List;

/**
 * Goals, cards and substitutions: only while a period is being played on the clock, by a team of the match, at a
 * minute of that period. A fact may arrive late within its period; the timeline orders by the clock. A goal may be
 * sent with its period and no minute, or (when even the half is unknown, as in an extra time reported only as a
 * whole) with neither.
 */
final class PlayRules {

    private PlayRules() {
    }

    static List<MatchEvent> goal(RecordGoal command, MatchState state) {
        Period period = periodInPlay(state, Rule.GOAL_OUTSIDE_PLAY, "a goal");
        if (command.period() != null && command.period() != period) {
            throw new RuleViolation(Rule.MINUTE_OUTSIDE_PERIOD,
                    "a goal in " + command.period() + " cannot be recorded while " + period + " is being played");
        }
        Side side = Teams.sideOf(command.team(), state);
        requireMinuteIn(period, command.minute());
        GoalKind kind = command.kind() == null ? GoalKind.REGULAR : command.kind();
        return List.of(new GoalScored(command.eventId(), side, command.player(), command.minute(),
                knownPeriod(command.period(), command.minute()), kind));
    }

    static List<MatchEvent> card(ShowCard command, MatchState state) {
        Period period = periodInPlay(state, Rule.CARD_OUTSIDE_PLAY, "a card");
        Side side = Teams.sideOf(command.team(), state);
        requireMinuteIn(period, command.minute());
        return List.of(new CardShown(command.eventId(), side, command.player(), command.minute(),
                knownPeriod(null, command.minute()), command.card()));
    }

    static List<MatchEvent> substitution(MakeSubstitution command, MatchState state) {
        Period period = periodInPlay(state, Rule.SUBSTITUTION_OUTSIDE_PLAY, "a substitution");
        Side side = Teams.sideOf(command.team(), state);
        requireMinuteIn(period, command.minute());
        return List.of(new SubstitutionMade(command.eventId(), side, command.playerOff(), command.playerOn(),
                command.minute(), knownPeriod(null, command.minute())));
    }

    /**
     * The period the sender knows the fact belongs to: the one named, or the minute's. A fact sent with neither is
     * known only to belong to the stretch of play (regular time, extra time) being played.
     */
    private static Period knownPeriod(Period named, Minute minute) {
        return named != null ? named : minute == null ? null : minute.period();
    }

    private static Period periodInPlay(MatchState state, Rule outsidePlay, String what) {
        if (state.ended()) {
            throw new RuleViolation(outsidePlay, what + " cannot be recorded after the final whistle");
        }
        Period current = state.currentPeriod()
                .orElseThrow(() -> new RuleViolation(outsidePlay, what + " cannot be recorded before kick-off"));
        if (!state.periodInPlay()) {
            throw new RuleViolation(outsidePlay, what + " cannot be recorded during the interval after " + current);
        }
        if (!current.isPlayedOnTheClock()) {
            throw new RuleViolation(outsidePlay, what + " cannot be recorded during the penalty shoot-out");
        }
        return current;
    }

    static void requireMinuteIn(Period period, Minute minute) {
        if (minute != null && !minute.belongsTo(period)) {
            throw new RuleViolation(Rule.MINUTE_OUTSIDE_PERIOD,
                    "minute " + minute + " belongs to " + minute.period() + ", not to " + period);
        }
    }
}
