package dev.fulltime.infrastructure.web.audit;

import static dev.fulltime.infrastructure.web.problem.RequestFields.identifier;

import dev.fulltime.application.integrity.FindIntegrity;
import dev.fulltime.application.integrity.MatchIntegrity;
import dev.fulltime.infrastructure.web.Queries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Whether a match's log is as it was recorded: its hash chain recomputed from the stored events. */
@RestController
class IntegrityController {

    private final Queries queries;

    IntegrityController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/matches/{matchId}/integrity")
    MatchIntegrity integrity(@PathVariable String matchId) {
        String id = identifier("matchId", matchId);
        return queries.one(new FindIntegrity(id), MatchIntegrity.class, "match", id);
    }
}
