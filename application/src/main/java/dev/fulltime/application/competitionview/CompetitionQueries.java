package dev.fulltime.application.competitionview;

import dev.fulltime.application.tieview.TieSummary;
import dev.fulltime.domain.competition.StandingsTable;
import java.util.List;

/** The questions the competition read model answers. */
public final class CompetitionQueries {

    private CompetitionQueries() {
    }

    public record ListCompetitions() {
    }

    public record CompetitionList(List<CompetitionSummary> competitions) {
    }

    public record FindCompetition(String competitionId) {
    }

    /** The knockout rounds in the order their first tie was created, each with its ties. */
    public record FindBracket(String competitionId) {
    }

    public record Bracket(String competitionId, List<BracketRound> rounds) {
    }

    public record BracketRound(String round, List<TieSummary> ties) {
    }

    /** The table of every round played as a group or league (its matches belong to no tie). */
    public record FindStandings(String competitionId) {
    }

    public record Standings(String competitionId, List<Table> tables) {
    }

    public record Table(String round, List<StandingsTable.Row> rows) {
    }
}
