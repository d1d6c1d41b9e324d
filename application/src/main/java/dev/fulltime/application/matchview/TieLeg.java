package dev.fulltime.application.matchview;

import dev.fulltime.domain.tie.LegResult;

/** A match that plays a leg of a tie: its scoreboard, and its result as the tie rules read it. */
public record TieLeg(String tieId, int leg, MatchScoreboard scoreboard, LegResult result) {
}
