package dev.fulltime.application.tieview;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TieViewRepository extends JpaRepository<TieView, String> {

    List<TieView> findAllByCompetitionIdOrderByPositionAsc(String competitionId);
}
