package dev.fulltime.domain.match;

import dev.fulltime.domain.match.command.CorrectFact;
import dev.fulltime.domain.match.command.DisallowGoal;
import dev.fulltime.domain.match.command.RetractFact;
import dev.fulltime.domain.match.event.FactCorrected;
import dev.fulltime.domain.match.event.FactRetracted;
import dev.fulltime.domain.match.event.GoalDisallowed;
import dev.fulltime.domain.match.event.MatchEvent;
import java.util.List;

/**
 * Facts about earlier facts: a goal disallowed, a fact corrected or retracted. They must name a goal, card or
 * substitution of this match that has not been retracted. Corrections and retractions fix the record and are
 * accepted after the final whistle; a disallowance is a decision of play and is not.
 */
final class AmendmentRules {

    private AmendmentRules() {
    }

    static List<MatchEvent> disallow(DisallowGoal command, MatchState state) {
        if (state.ended()) {
            throw new RuleViolation(Rule.MATCH_FINISHED, "a goal cannot be disallowed after the final whistle");
        }
        Fact goal = liveTarget(command.goalEventId(), state);
        if (goal.type() != FactType.GOAL) {
            throw new RuleViolation(Rule.WRONG_TARGET_TYPE,
                    command.goalEventId() + " is a " + goal.type() + ", only a GOAL can be disallowed");
        }
        if (goal.status() == FactStatus.DISALLOWED) {
            throw new RuleViolation(Rule.GOAL_ALREADY_DISALLOWED, command.goalEventId() + " is already disallowed");
        }
        return List.of(new GoalDisallowed(command.eventId(), command.goalEventId(), command.reason()));
    }

    static List<MatchEvent> correct(CorrectFact command, MatchState state) {
        Fact target = liveTarget(command.targetEventId(), state);
        if (!target.type().isPlay()) {
            throw new RuleViolation(Rule.WRONG_TARGET_TYPE, command.targetEventId() + " is a " + target.type()
                    + "; only a GOAL, CARD or SUBSTITUTION can be corrected");
        }
        if (command.kind() != null && target.type() != FactType.GOAL) {
            throw new RuleViolation(Rule.WRONG_TARGET_TYPE,
                    command.targetEventId() + " is a " + target.type() + "; only a GOAL has a kind");
        }
        if (command.player() == null && command.minute() == null && command.kind() == null
                && command.team() == null) {
            throw new RuleViolation(Rule.NOTHING_TO_CORRECT, "a correction names at least one of player, minute, "
                    + "kind or team");
        }
        PlayRules.requireMinuteIn(target.recordedDuring(), command.minute());
        Side side = command.team() == null ? null : Teams.sideOf(command.team(), state);
        return List.of(new FactCorrected(command.eventId(), command.targetEventId(), command.player(),
                command.minute(), command.kind(), side));
    }

    static List<MatchEvent> retract(RetractFact command, MatchState state) {
        Fact target = liveTarget(command.targetEventId(), state);
        if (!target.type().isPlay()) {
            throw new RuleViolation(Rule.WRONG_TARGET_TYPE, command.targetEventId() + " is a " + target.type()
                    + "; only a GOAL, CARD or SUBSTITUTION can be retracted");
        }
        return List.of(new FactRetracted(command.eventId(), command.targetEventId(), command.reason()));
    }

    private static Fact liveTarget(String targetEventId, MatchState state) {
        Fact target = state.fact(targetEventId).orElseThrow(() -> new RuleViolation(Rule.UNKNOWN_TARGET,
                "no fact " + targetEventId + " has been recorded in this match"));
        if (target.status() == FactStatus.RETRACTED) {
            throw new RuleViolation(Rule.TARGET_RETRACTED, targetEventId + " has been retracted");
        }
        return target;
    }
}
