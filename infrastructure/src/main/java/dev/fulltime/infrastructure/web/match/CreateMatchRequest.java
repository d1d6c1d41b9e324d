package dev.fulltime.infrastructure.web.match;

import static dev.fulltime.infrastructure.web.problem.RequestFields.identifier;
import static dev.fulltime.infrastructure.web.problem.RequestFields.optionalInstant;
import static dev.fulltime.infrastructure.web.problem.RequestFields.optionalName;
import static dev.fulltime.infrastructure.web.problem.RequestFields.requiredName;

import dev.fulltime.domain.match.command.ScheduleMatch;
import dev.fulltime.infrastructure.web.problem.InvalidRequestException;
import java.util.UUID;

/**
 * The body of {@code POST /api/matches}. A leg of a tie names {@code tieId} and {@code leg} and takes the tie's
 * competition and round; any other match may name its {@code competitionId} and {@code round}. {@code kickoffAt} is
 * read as text, so that a number is not taken for seconds since 1970.
 */
public record CreateMatchRequest(String matchId, String homeTeam, String awayTeam, String kickoffAt, String venue,
                                 String tieId, Integer leg, String competitionId, String round) {

    public ScheduleMatch toCommand() {
        if (leg != null && (leg < 1 || leg > 2)) {
            throw new InvalidRequestException("leg must be 1 or 2, not " + leg);
        }
        if ((leg == null) != (tieId == null)) {
            throw new InvalidRequestException("a leg of a tie names both tieId and leg");
        }
        if (tieId != null && (competitionId != null || round != null)) {
            throw new InvalidRequestException("a leg of a tie takes the tie's competition and round; "
                    + "give tieId and leg without competitionId or round");
        }
        return new ScheduleMatch(UUID.randomUUID().toString(),
                matchId == null ? UUID.randomUUID().toString() : identifier("matchId", matchId),
                requiredName("homeTeam", homeTeam), requiredName("awayTeam", awayTeam),
                optionalInstant("kickoffAt", kickoffAt),
                optionalName("venue", venue), tieId == null ? null : identifier("tieId", tieId), leg,
                competitionId == null ? null : identifier("competitionId", competitionId),
                optionalName("round", round));
    }
}
