package dev.fulltime.application.history;

import dev.fulltime.application.matchview.MatchScoreboard;
import java.util.List;

/** A match to play back: every fact in match-clock order with the scoreboard after it, and the scoreboard now. */
public record MatchReplay(String matchId, List<ReplayFrame> frames, MatchScoreboard scoreboard) {
}
