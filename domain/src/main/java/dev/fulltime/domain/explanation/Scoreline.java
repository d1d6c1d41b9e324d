package dev.fulltime.domain.explanation;

import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.Score;
import dev.fulltime.domain.match.Side;
import dev.fulltime.domain.tie.TieScore;

/** A score read from one team's side, its goals first, written as football writes it: {@code "5-2"}. */
record Scoreline(int scored, int conceded) {

    static Scoreline of(Score score, Side side) {
        return new Scoreline(score.of(side), score.of(side.opponent()));
    }

    static Scoreline of(TieScore score, boolean forTeamA) {
        return forTeamA ? new Scoreline(score.teamA(), score.teamB()) : new Scoreline(score.teamB(), score.teamA());
    }

    /** A match's score between its teams, home first: "Liverpool FC 2-5 Real Madrid". */
    static String between(MatchState state, Score score) {
        return state.match().homeTeam() + " " + score + " " + state.match().awayTeam();
    }

    @Override
    public String toString() {
        return scored + "-" + conceded;
    }
}
