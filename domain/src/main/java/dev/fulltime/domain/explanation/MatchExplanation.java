package dev.fulltime.domain.explanation;

import dev.fulltime.domain.match.MatchStatus;
import java.util.List;

/** How a match stands and how it got there: a one-sentence summary and the steps behind it, in match-clock order. */
public record MatchExplanation(String matchId, MatchStatus status, String summary, List<ExplanationStep> steps) {

    public MatchExplanation {
        steps = List.copyOf(steps);
    }
}
