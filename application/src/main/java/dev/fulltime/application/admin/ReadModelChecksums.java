package dev.fulltime.application.admin;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A digest of each read model's content, by its name: its rows in the order of their
 * keys, over every column, all of them a pure function of the log (a tie's position is the global index of its
 * creation, the same on every replay of the same log). A rebuild leaves every digest as it was.
 */
@Component
@Transactional(readOnly = true)
public class ReadModelChecksums {

    private static final SortedMap<String, String> ROWS = new TreeMap<>(Map.of(
            "match-views", """
                    select v.matchId, v.homeTeam, v.awayTeam, v.kickoffAt, v.venue, v.competitionId, v.round,
                           v.tieId, v.leg, v.status, v.period, v.homeScore, v.awayScore, v.homePenalties,
                           v.awayPenalties, v.version, v.state
                    from MatchView v order by v.matchId""",
            "tie-views", """
                    select t.tieId, t.competitionId, t.round, t.teamA, t.teamB, t.format, t.awayGoals, t.extraTime,
                           t.penalties, t.position
                    from TieView t order by t.tieId""",
            "competition-views", """
                    select c.competitionId, c.name, c.season, c.awayGoals, c.extraTime, c.penalties
                    from CompetitionView c order by c.competitionId"""));

    private final EntityManager entityManager;

    ReadModelChecksums(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Map<String, String> checksums() {
        Map<String, String> checksums = new LinkedHashMap<>();
        ROWS.forEach((readModel, rows) -> checksums.put(readModel, digest(rows)));
        return checksums;
    }

    private String digest(String rows) {
        RowDigest digest = new RowDigest();
        try (Stream<Object[]> results = entityManager.createQuery(rows, Object[].class).getResultStream()) {
            results.forEach(digest::add);
        }
        return digest.hex();
    }
}
