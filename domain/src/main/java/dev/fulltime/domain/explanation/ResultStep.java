package dev.fulltime.domain.explanation;

import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.MatchStatus;
import java.util.Optional;

/**
 * The score a match's counted goals make, citing them and the final whistle: "Full time at Anfield: Liverpool FC
 * 2-5 Real Madrid", "Full time after extra time at …", or, while it is played, "So far at Anfield: Liverpool FC 2-2
 * Real Madrid in the first half". None before kick-off.
 */
final class ResultStep {

    private ResultStep() {
    }

    static Optional<ExplanationStep> of(FoldedMatch folded) {
        MatchState state = folded.state();
        if (!state.kickedOff()) {
            return Optional.empty();
        }
        String venue = VenuePhrase.at(state.match().venue());
        String score = Scoreline.between(state, state.score());
        String text = state.status() == MatchStatus.FINISHED
                ? "Full time" + (folded.extraTimePlayed() ? " after extra time" : "") + venue + ": " + score
                : "So far" + venue + ": " + score + " " + ClockPhrase.stage(state);
        return Optional.of(new ExplanationStep(StepKind.RESULT, text, folded.idsOf(Facts.RESULT)));
    }
}
