package dev.fulltime.domain.explanation;

import dev.fulltime.domain.tie.DecidedBy;
import dev.fulltime.domain.tie.TieStatus;
import java.util.List;

/**
 * How a tie stands and how it got there: a one-sentence summary, the winner and the rule that decided it
 * ({@code null} while in progress), and the steps behind it: each leg's goals, then the decision.
 */
public record TieExplanation(String tieId, TieStatus status, String winner, DecidedBy decidedBy, String summary,
                             List<ExplanationStep> steps) {

    public TieExplanation {
        steps = List.copyOf(steps);
    }
}
