package dev.fulltime.application.assignment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScorerAssignmentRepository extends JpaRepository<ScorerAssignment, ScorerAssignment.Key> {

    List<ScorerAssignment> findAllByMatchIdOrderByUsernameAsc(String matchId);
}
