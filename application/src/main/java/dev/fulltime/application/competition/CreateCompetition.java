package dev.fulltime.application.competition;

import dev.fulltime.domain.competition.CompetitionCreated;

public record CreateCompetition(CompetitionCreated competition) {
}
