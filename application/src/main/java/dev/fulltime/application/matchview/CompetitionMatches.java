package dev.fulltime.application.matchview;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The scoreboards of a competition's matches, in kick-off order. */
@Component
@Transactional(readOnly = true)
public class CompetitionMatches {

    private final MatchViewRepository views;

    CompetitionMatches(MatchViewRepository views) {
        this.views = views;
    }

    public List<MatchScoreboard> of(String competitionId) {
        return views.findAllByCompetitionIdOrderByKickoffAtAscMatchIdAsc(competitionId).stream()
                .map(MatchView::scoreboard).toList();
    }
}
