package dev.fulltime.domain.match.event;

import dev.fulltime.domain.match.FactType;
import java.time.Instant;

/** The match exists: its teams, and where it belongs: a competition and its round, a leg of a tie. */
public record MatchScheduled(String eventId, String matchId, String homeTeam, String awayTeam,
                             Instant kickoffAt, String venue, String tieId, Integer leg, String competitionId,
                             String round) implements MatchEvent {

    @Override
    public FactType type() {
        return FactType.MATCH_SCHEDULED;
    }
}
