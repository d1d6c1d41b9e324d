package dev.fulltime.application.matchview;

import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.MatchStatus;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.Score;
import java.time.Instant;

/** The scoreboard of a match: who plays, how it stands, and the stream version it reflects. */
public record MatchScoreboard(String matchId, String homeTeam, String awayTeam, Instant kickoffAt, String venue,
                              String competitionId, String round, String tieId, Integer leg, MatchStatus status,
                              Period period, Score score, Score penalties, long version) {

    public static MatchScoreboard of(MatchState state) {
        var match = state.match();
        return new MatchScoreboard(match.matchId(), match.homeTeam(), match.awayTeam(), match.kickoffAt(),
                match.venue(), match.competitionId(), match.round(), match.tieId(), match.leg(), state.status(), state.currentPeriod().orElse(null),
                state.score(), state.penalties().orElse(null), state.version());
    }
}
