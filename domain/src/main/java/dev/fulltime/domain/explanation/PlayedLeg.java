package dev.fulltime.domain.explanation;

import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.Side;
import dev.fulltime.domain.tie.LegResult;

/** Leg {@code number} of a tie, read from its match's log. */
record PlayedLeg(int number, MatchRecord record, FoldedMatch folded) {

    static PlayedLeg of(int number, MatchRecord record) {
        return new PlayedLeg(number, record, FoldedMatch.of(record.events()));
    }

    MatchState state() {
        return folded.state();
    }

    /** The leg as the tie rules read it. */
    LegResult result() {
        return LegResult.of(state());
    }

    String venue() {
        return state().match().venue();
    }

    /** The side a team of the tie plays in this leg. */
    Side sideOf(String team) {
        return state().sideOf(team).orElseThrow(() -> new IllegalArgumentException(team + " does not play leg "
                + number));
    }
}
