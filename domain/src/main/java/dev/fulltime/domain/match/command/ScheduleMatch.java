package dev.fulltime.domain.match.command;

import java.time.Instant;

public record ScheduleMatch(String eventId, String matchId, String homeTeam, String awayTeam, Instant kickoffAt,
                            String venue, String tieId, Integer leg, String competitionId, String round)
        implements MatchCommand {
}
