package dev.fulltime.application.matchview;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MatchViewRepository extends JpaRepository<MatchView, String> {

    List<MatchView> findAllByOrderByKickoffAtAscMatchIdAsc();
}
