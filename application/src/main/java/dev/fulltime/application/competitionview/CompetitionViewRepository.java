package dev.fulltime.application.competitionview;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CompetitionViewRepository extends JpaRepository<CompetitionView, String> {

    List<CompetitionView> findAllByOrderBySeasonDescNameAsc();
}
