package dev.fulltime.infrastructure.web.assignment;

import static dev.fulltime.infrastructure.web.problem.RequestFields.identifier;
import static dev.fulltime.infrastructure.web.problem.RequestFields.requiredName;

import dev.fulltime.application.assignment.MatchScorers;
import dev.fulltime.application.assignment.ScorerAssignments;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The scorers of a match: the users, beside the admins, who may record its facts (assigning needs ADMIN). */
@RestController
@RequestMapping("/api/matches/{matchId}/scorers")
class ScorerAssignmentController {

    private final ScorerAssignments assignments;

    ScorerAssignmentController(ScorerAssignments assignments) {
        this.assignments = assignments;
    }

    @PutMapping("/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void assign(@PathVariable String matchId, @PathVariable String username) {
        assignments.assign(identifier("matchId", matchId), requiredName("username", username));
    }

    @DeleteMapping("/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unassign(@PathVariable String matchId, @PathVariable String username) {
        assignments.unassign(identifier("matchId", matchId), requiredName("username", username));
    }

    @GetMapping
    MatchScorers scorers(@PathVariable String matchId) {
        return assignments.scorers(identifier("matchId", matchId));
    }
}
