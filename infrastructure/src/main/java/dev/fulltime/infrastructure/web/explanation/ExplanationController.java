package dev.fulltime.infrastructure.web.explanation;

import static dev.fulltime.infrastructure.web.problem.RequestFields.identifier;

import dev.fulltime.application.explanation.ExplainMatch;
import dev.fulltime.application.explanation.ExplainTie;
import dev.fulltime.domain.explanation.MatchExplanation;
import dev.fulltime.domain.explanation.TieExplanation;
import dev.fulltime.infrastructure.web.Queries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** How a match or a tie stands and how it got there: a summary sentence and the steps behind it, each citing events. */
@RestController
@RequestMapping("/api")
class ExplanationController {

    private final Queries queries;

    ExplanationController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/matches/{matchId}/explanation")
    MatchExplanation match(@PathVariable String matchId) {
        return queries.one(new ExplainMatch(identifier("matchId", matchId)), MatchExplanation.class, "match",
                matchId);
    }

    @GetMapping("/ties/{tieId}/explanation")
    TieExplanation tie(@PathVariable String tieId) {
        return queries.one(new ExplainTie(identifier("tieId", tieId)), TieExplanation.class, "tie", tieId);
    }
}
