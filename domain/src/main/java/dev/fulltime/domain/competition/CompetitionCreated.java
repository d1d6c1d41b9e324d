package dev.fulltime.domain.competition;

import dev.fulltime.domain.tie.CompetitionRules;

/** A competition's season and the rules that break its level knockout ties. */
public record CompetitionCreated(String competitionId, String name, String season, CompetitionRules rules) {
}
