package dev.fulltime.domain.explanation;

import dev.fulltime.domain.match.MatchDecider;
import dev.fulltime.domain.match.MatchState;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains a match from its log, folded by {@link MatchDecider#evolve} as every read of it is: a summary sentence,
 * then one step per goal in match-clock order (counted, corrected, excluded), the shoot-out, and the result.
 */
public final class MatchExplainer {

    private MatchExplainer() {
    }

    /** @throws IllegalArgumentException when the log does not schedule a match */
    public static MatchExplanation explain(MatchRecord record) {
        FoldedMatch folded = FoldedMatch.of(record.events());
        MatchState state = folded.state();
        if (!state.exists()) {
            throw new IllegalArgumentException("the log schedules no match");
        }
        return new MatchExplanation(state.match().matchId(), state.status(), MatchSentence.of(folded),
                steps(folded, record));
    }

    /** The goals, the shoot-out and the result of a match, in that order. */
    static List<ExplanationStep> steps(FoldedMatch folded, MatchRecord record) {
        List<ExplanationStep> steps = new ArrayList<>(GoalSteps.of(folded, record));
        ShootoutStep.of(folded).ifPresent(steps::add);
        ResultStep.of(folded).ifPresent(steps::add);
        return steps;
    }
}
