package dev.fulltime.domain.match.command;

import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.Minute;

/** Corrects any of player, minute, kind and team of an earlier goal, card or substitution. */
public record CorrectFact(String eventId, String targetEventId, String player, Minute minute, GoalKind kind,
                          String team) implements MatchCommand {
}
