package dev.fulltime.application.competitionview;

import dev.fulltime.domain.competition.CompetitionCreated;
import dev.fulltime.domain.tie.CompetitionRules;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "competition_view")
public class CompetitionView {

    @Id
    private String competitionId;
    private String name;
    private String season;
    private boolean awayGoals;
    private boolean extraTime;
    private boolean penalties;

    protected CompetitionView() {
        // for JPA
    }

    CompetitionView(CompetitionCreated created) {
        competitionId = created.competitionId();
        name = created.name();
        season = created.season();
        awayGoals = created.rules().awayGoals();
        extraTime = created.rules().extraTime();
        penalties = created.rules().penalties();
    }

    CompetitionSummary summary() {
        return new CompetitionSummary(competitionId, name, season,
                new CompetitionRules(awayGoals, extraTime, penalties));
    }
}
