package dev.fulltime.infrastructure.web.tie;

import static dev.fulltime.infrastructure.web.problem.RequestFields.identifier;
import static dev.fulltime.infrastructure.web.problem.RequestFields.requiredName;

import dev.fulltime.domain.tie.TieFormat;
import dev.fulltime.infrastructure.web.problem.InvalidRequestException;

/** The body of {@code POST /api/ties}: team A hosts the first leg; {@code legs} is 1 or 2. */
public record CreateTieRequest(String tieId, String competitionId, String round, String teamA, String teamB,
                               Integer legs) {

    public String checkedCompetitionId() {
        return identifier("competitionId", competitionId);
    }

    public String checkedRound() {
        return requiredName("round", round);
    }

    public String checkedTeamA() {
        return requiredName("teamA", teamA);
    }

    public String checkedTeamB() {
        String checked = requiredName("teamB", teamB);
        if (checked.equals(teamA)) {
            throw new InvalidRequestException("teamA and teamB are both " + teamA);
        }
        return checked;
    }

    public TieFormat format() {
        if (legs == null) {
            throw new InvalidRequestException("legs is required: 1 for a single match, 2 for two legs");
        }
        return switch (legs) {
            case 1 -> TieFormat.SINGLE_MATCH;
            case 2 -> TieFormat.TWO_LEGS;
            default -> throw new InvalidRequestException("legs must be 1 or 2, not " + legs);
        };
    }
}
