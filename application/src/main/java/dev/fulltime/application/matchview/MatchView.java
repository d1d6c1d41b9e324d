package dev.fulltime.application.matchview;

import dev.fulltime.domain.match.MatchStatus;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.Score;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The read model of one match: its scoreboard in columns, and the folded match state (from which the timeline is
 * read) as JSON.
 */
@Entity
@Table(name = "match_view", indexes = {
        @Index(name = "match_view_tie", columnList = "tieId"),
        @Index(name = "match_view_competition", columnList = "competitionId")})
public class MatchView {

    @Id
    private String matchId;
    private String homeTeam;
    private String awayTeam;
    private Instant kickoffAt;
    private String venue;
    private String competitionId;
    private String round;
    private String tieId;
    private Integer leg;
    private String status;
    private String period;
    private int homeScore;
    private int awayScore;
    private Integer homePenalties;
    private Integer awayPenalties;
    private long version;
    @Column(length = 1_000_000)
    private String state;

    protected MatchView() {
        // for JPA
    }

    MatchView(String matchId) {
        this.matchId = matchId;
    }

    void update(MatchScoreboard scoreboard, String stateJson) {
        homeTeam = scoreboard.homeTeam();
        awayTeam = scoreboard.awayTeam();
        kickoffAt = scoreboard.kickoffAt();
        venue = scoreboard.venue();
        competitionId = scoreboard.competitionId();
        round = scoreboard.round();
        tieId = scoreboard.tieId();
        leg = scoreboard.leg();
        status = scoreboard.status().name();
        period = scoreboard.period() == null ? null : scoreboard.period().name();
        homeScore = scoreboard.score().home();
        awayScore = scoreboard.score().away();
        homePenalties = scoreboard.penalties() == null ? null : scoreboard.penalties().home();
        awayPenalties = scoreboard.penalties() == null ? null : scoreboard.penalties().away();
        version = scoreboard.version();
        state = stateJson;
    }

    MatchScoreboard scoreboard() {
        return new MatchScoreboard(matchId, homeTeam, awayTeam, kickoffAt, venue, competitionId, round, tieId, leg,
                MatchStatus.valueOf(status), period == null ? null : Period.valueOf(period),
                new Score(homeScore, awayScore),
                homePenalties == null ? null : new Score(homePenalties, awayPenalties), version);
    }

    Integer leg() {
        return leg;
    }

    boolean isNew() {
        return state == null;
    }

    String state() {
        return state;
    }
}
