package dev.fulltime.domain.explanation;

import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.tie.TieCreated;
import dev.fulltime.domain.tie.TieOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Explains a tie from its definition and its legs' logs: a summary sentence, then leg by leg who played where and
 * that match's goals, shoot-out and result, then the rule that decided the tie as
 * {@link dev.fulltime.domain.tie.TieRules#outcome} gives it.
 */
public final class TieExplainer {

    private TieExplainer() {
    }

    /**
     * @param legsInTurn the logs of the tie's legs from the first on, without a gap
     * @throws IllegalArgumentException when a log schedules no match, or the legs do not fit the tie
     */
    public static TieExplanation explain(TieCreated tie, List<MatchRecord> legsInTurn) {
        List<PlayedLeg> legs = IntStream.range(0, legsInTurn.size())
                .mapToObj(index -> PlayedLeg.of(index + 1, legsInTurn.get(index)))
                .toList();
        TieReading reading = TieReading.of(tie, legs);
        List<ExplanationStep> steps = new ArrayList<>();
        for (PlayedLeg leg : legs) {
            steps.add(legStep(leg, reading));
            steps.addAll(MatchExplainer.steps(leg.folded(), leg.record()));
        }
        steps.add(TieDecision.of(reading));
        TieOutcome outcome = reading.outcome();
        return new TieExplanation(tie.tieId(), outcome.status(), outcome.winner(), outcome.decidedBy(),
                TieSentence.of(reading), steps);
    }

    /** "Leg 1: Liverpool FC v Real Madrid at Anfield", citing the match's scheduling. */
    private static ExplanationStep legStep(PlayedLeg leg, TieReading reading) {
        MatchState state = leg.state();
        String name = reading.legName(leg.number());
        String text = Character.toUpperCase(name.charAt(0)) + name.substring(1) + ": " + state.match().homeTeam()
                + " v " + state.match().awayTeam() + VenuePhrase.at(leg.venue());
        return new ExplanationStep(StepKind.LEG, text, List.of(state.match().eventId()));
    }
}
