package dev.fulltime.domain.competition;

import dev.fulltime.domain.match.Score;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A group's or league phase's table from its finished matches: three points for a win, one for a draw. Teams are
 * ranked by points, then goal difference, then goals scored, then name. (UEFA ranks level teams first on their
 * matches against each other; this table does not.)
 */
public final class StandingsTable {

    private StandingsTable() {
    }

    public record Result(String homeTeam, String awayTeam, Score score) {
    }

    public record Row(String team, int played, int won, int drawn, int lost, int goalsFor, int goalsAgainst,
                      int goalDifference, int points) {
    }

    private static final Comparator<Row> RANKING = Comparator.comparingInt(Row::points).reversed()
            .thenComparing(Comparator.comparingInt(Row::goalDifference).reversed())
            .thenComparing(Comparator.comparingInt(Row::goalsFor).reversed())
            .thenComparing(Row::team);

    /** Every team that appears in {@code teams} or in a result, ranked. */
    public static List<Row> of(List<String> teams, List<Result> results) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        teams.forEach(team -> tallies.put(team, new Tally()));
        for (Result result : results) {
            tallies.computeIfAbsent(result.homeTeam(), team -> new Tally())
                    .add(result.score().home(), result.score().away());
            tallies.computeIfAbsent(result.awayTeam(), team -> new Tally())
                    .add(result.score().away(), result.score().home());
        }
        List<Row> rows = new ArrayList<>();
        tallies.forEach((team, tally) -> rows.add(tally.row(team)));
        rows.sort(RANKING);
        return rows;
    }

    private static final class Tally {
        private int won;
        private int drawn;
        private int lost;
        private int goalsFor;
        private int goalsAgainst;

        void add(int scored, int conceded) {
            goalsFor += scored;
            goalsAgainst += conceded;
            if (scored > conceded) {
                won++;
            } else if (scored == conceded) {
                drawn++;
            } else {
                lost++;
            }
        }

        Row row(String team) {
            return new Row(team, won + drawn + lost, won, drawn, lost, goalsFor, goalsAgainst,
                    goalsFor - goalsAgainst, 3 * won + drawn);
        }
    }
}
