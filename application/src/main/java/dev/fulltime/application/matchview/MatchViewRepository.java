package dev.fulltime.application.matchview;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MatchViewRepository extends JpaRepository<MatchView, String> {

    List<MatchView> findAllByOrderByKickoffAtAscMatchIdAsc();

    List<MatchView> findAllByCompetitionIdOrderByKickoffAtAscMatchIdAsc(String competitionId);

    List<MatchView> findAllByTieIdIn(Collection<String> tieIds);
}
