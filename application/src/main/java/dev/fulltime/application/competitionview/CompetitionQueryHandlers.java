package dev.fulltime.application.competitionview;

import dev.fulltime.application.competitionview.CompetitionQueries.Bracket;
import dev.fulltime.application.competitionview.CompetitionQueries.BracketRound;
import dev.fulltime.application.competitionview.CompetitionQueries.CompetitionList;
import dev.fulltime.application.competitionview.CompetitionQueries.FindBracket;
import dev.fulltime.application.competitionview.CompetitionQueries.FindCompetition;
import dev.fulltime.application.competitionview.CompetitionQueries.FindStandings;
import dev.fulltime.application.competitionview.CompetitionQueries.ListCompetitions;
import dev.fulltime.application.competitionview.CompetitionQueries.Standings;
import dev.fulltime.application.competitionview.CompetitionQueries.Table;
import dev.fulltime.application.matchview.CompetitionMatches;
import dev.fulltime.application.matchview.MatchScoreboard;
import dev.fulltime.application.tieview.CompetitionTies;
import dev.fulltime.application.tieview.TieSummary;
import dev.fulltime.domain.competition.StandingsTable;
import dev.fulltime.domain.match.MatchStatus;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class CompetitionQueryHandlers {

    private final CompetitionViewRepository views;
    private final CompetitionTies ties;
    private final CompetitionMatches matches;

    CompetitionQueryHandlers(CompetitionViewRepository views, CompetitionTies ties, CompetitionMatches matches) {
        this.views = views;
        this.ties = ties;
        this.matches = matches;
    }

    @QueryHandler
    CompetitionList competitions(ListCompetitions query) {
        return new CompetitionList(views.findAllByOrderBySeasonDescNameAsc().stream()
                .map(CompetitionView::summary).toList());
    }

    @QueryHandler
    Optional<CompetitionSummary> competition(FindCompetition query) {
        return views.findById(query.competitionId()).map(CompetitionView::summary);
    }

    @QueryHandler
    Optional<Bracket> bracket(FindBracket query) {
        return views.findById(query.competitionId()).map(competition -> {
            Map<String, List<TieSummary>> byRound = ties.of(query.competitionId()).stream()
                    .collect(Collectors.groupingBy(TieSummary::round, LinkedHashMap::new, Collectors.toList()));
            return new Bracket(query.competitionId(), byRound.entrySet().stream()
                    .map(round -> new BracketRound(round.getKey(), round.getValue())).toList());
        });
    }

    @QueryHandler
    Optional<Standings> standings(FindStandings query) {
        return views.findById(query.competitionId()).map(competition -> {
            Map<String, List<MatchScoreboard>> byRound = matches.of(query.competitionId()).stream()
                    .filter(match -> match.tieId() == null && match.round() != null)
                    .collect(Collectors.groupingBy(MatchScoreboard::round, LinkedHashMap::new, Collectors.toList()));
            return new Standings(query.competitionId(), byRound.entrySet().stream()
                    .map(round -> new Table(round.getKey(), table(round.getValue()))).toList());
        });
    }

    private static List<StandingsTable.Row> table(List<MatchScoreboard> matches) {
        Set<String> teams = new LinkedHashSet<>();
        matches.forEach(match -> {
            teams.add(match.homeTeam());
            teams.add(match.awayTeam());
        });
        List<StandingsTable.Result> results = matches.stream()
                .filter(match -> match.status() == MatchStatus.FINISHED)
                .map(match -> new StandingsTable.Result(match.homeTeam(), match.awayTeam(), match.score()))
                .toList();
        return StandingsTable.of(List.copyOf(teams), results);
    }
}
