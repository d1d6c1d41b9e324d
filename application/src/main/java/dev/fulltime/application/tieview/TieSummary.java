package dev.fulltime.application.tieview;

import dev.fulltime.domain.match.MatchStatus;
import dev.fulltime.domain.match.Score;
import dev.fulltime.domain.tie.DecidedBy;
import dev.fulltime.domain.tie.TieScore;
import dev.fulltime.domain.tie.TieStatus;
import java.util.List;

/** A tie as it stands: its legs, the aggregate, away goals where they count, and the outcome once decided. */
public record TieSummary(String tieId, String competitionId, String round, String teamA, String teamB,
                         List<Leg> legs, TieScore aggregate, TieScore awayGoals, TieStatus status, String winner,
                         String eliminated, DecidedBy decidedBy) {

    public record Leg(int leg, String matchId, String homeTeam, String awayTeam, Score score, Score afterNinety,
                      Score penalties, MatchStatus status) {
    }
}
