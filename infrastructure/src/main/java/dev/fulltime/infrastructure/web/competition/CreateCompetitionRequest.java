package dev.fulltime.infrastructure.web.competition;

import static dev.fulltime.infrastructure.web.problem.RequestFields.identifier;
import static dev.fulltime.infrastructure.web.problem.RequestFields.requiredName;

import dev.fulltime.domain.competition.CompetitionCreated;
import dev.fulltime.domain.tie.CompetitionRules;
import dev.fulltime.infrastructure.web.problem.InvalidRequestException;
import dev.fulltime.infrastructure.web.problem.RequestFields;
import java.util.UUID;

/**
 * The body of {@code POST /api/competitions}. Without {@code rules}, a competition takes the rules UEFA applied to
 * its club competitions in that season (away goals until 2020-21).
 */
public record CreateCompetitionRequest(String competitionId, String name, String season, Rules rules) {

    public record Rules(Boolean awayGoals, Boolean extraTime, Boolean penalties) {

        CompetitionRules toRules() {
            return new CompetitionRules(RequestFields.required("rules.awayGoals", awayGoals),
                    RequestFields.required("rules.extraTime", extraTime),
                    RequestFields.required("rules.penalties", penalties));
        }
    }

    public CompetitionCreated toEvent() {
        String checkedSeason = requiredName("season", season);
        return new CompetitionCreated(
                competitionId == null ? UUID.randomUUID().toString() : identifier("competitionId", competitionId),
                requiredName("name", name), checkedSeason, rules == null ? uefaRules(checkedSeason) : rules.toRules());
    }

    private static CompetitionRules uefaRules(String season) {
        try {
            return CompetitionRules.uefaClubCompetition(season);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("season '" + season + "' is not of the form 2022-23; give it so, or "
                    + "give the competition's rules");
        }
    }
}
