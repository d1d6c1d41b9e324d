package dev.fulltime.application.tieview;

import dev.fulltime.domain.tie.CompetitionRules;
import dev.fulltime.domain.tie.TieCreated;
import dev.fulltime.domain.tie.TieFormat;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A tie as created: teams, format, rules, and its place in the order ties were created. */
@Entity
@Table(name = "tie_view", indexes = @Index(name = "tie_view_competition", columnList = "competitionId, position"))
public class TieView {

    @Id
    private String tieId;
    private String competitionId;
    private String round;
    private String teamA;
    private String teamB;
    @Enumerated(EnumType.STRING)
    private TieFormat format;
    private boolean awayGoals;
    private boolean extraTime;
    private boolean penalties;
    private long position;

    protected TieView() {
        // for JPA
    }

    TieView(TieCreated created, long position) {
        this.tieId = created.tieId();
        this.competitionId = created.competitionId();
        this.round = created.round();
        this.teamA = created.teamA();
        this.teamB = created.teamB();
        this.format = created.format();
        this.awayGoals = created.rules().awayGoals();
        this.extraTime = created.rules().extraTime();
        this.penalties = created.rules().penalties();
        this.position = position;
    }

    TieCreated tie() {
        return new TieCreated(tieId, competitionId, round, teamA, teamB, format,
                new CompetitionRules(awayGoals, extraTime, penalties));
    }
}
