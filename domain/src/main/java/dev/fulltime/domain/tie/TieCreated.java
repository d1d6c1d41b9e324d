package dev.fulltime.domain.tie;

/** A knockout tie of a competition's round; team A hosts the first leg (or is the home side of a single match). */
public record TieCreated(String tieId, String competitionId, String round, String teamA, String teamB,
                         TieFormat format, CompetitionRules rules) {
}
