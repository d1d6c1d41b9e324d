package dev.fulltime.application.assignment;

import dev.fulltime.application.store.EventStreams;
import dev.fulltime.application.store.UnknownIdException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Which users may record facts for which match: a scorer writes only to the matches assigned to it. Assigning and
 * unassigning are idempotent.
 */
@Service
public class ScorerAssignments {

    private final ScorerAssignmentRepository assignments;
    private final EventStreams streams;

    ScorerAssignments(ScorerAssignmentRepository assignments, EventStreams streams) {
        this.assignments = assignments;
        this.streams = streams;
    }

    /** @throws UnknownIdException when there is no match with this id */
    public void assign(String matchId, String username) {
        requireMatch(matchId);
        ScorerAssignment.Key key = new ScorerAssignment.Key(matchId, username);
        if (assignments.existsById(key)) {
            return;
        }
        try {
            assignments.saveAndFlush(new ScorerAssignment(key));
        } catch (DataIntegrityViolationException assignedAtTheSameMoment) {
            // the same assignment, made by a concurrent request: the outcome asked for holds
        }
    }

    public void unassign(String matchId, String username) {
        assignments.deleteById(new ScorerAssignment.Key(matchId, username));
    }

    /** @throws UnknownIdException when there is no match with this id */
    public MatchScorers scorers(String matchId) {
        requireMatch(matchId);
        return new MatchScorers(assignments.findAllByMatchIdOrderByUsernameAsc(matchId).stream()
                .map(ScorerAssignment::username).toList());
    }

    public boolean isAssigned(String matchId, String username) {
        return assignments.existsById(new ScorerAssignment.Key(matchId, username));
    }

    private void requireMatch(String matchId) {
        if (!streams.match(matchId).exists()) {
            throw new UnknownIdException("match", matchId);
        }
    }
}
