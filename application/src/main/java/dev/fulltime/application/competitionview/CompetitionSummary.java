package dev.fulltime.application.competitionview;

import dev.fulltime.domain.tie.CompetitionRules;

public record CompetitionSummary(String competitionId, String name, String season, CompetitionRules rules) {
}
