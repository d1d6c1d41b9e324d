package dev.fulltime.domain.explanation;

import dev.fulltime.domain.match.FactType;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.Score;
import dev.fulltime.domain.match.Side;
import dev.fulltime.domain.match.TimelineEntry;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The penalty shoot-out, when one took place, citing its kicks or, for a source that gives none, its tally: "Real
 * Madrid win the penalty shoot-out 4-3: Mohamed Salah (Liverpool FC) scores, Luka Modrić (Real Madrid) scores, …",
 * "The penalty shoot-out stands at Liverpool FC 2-1 Real Madrid: …", "… (only its final tally is recorded)".
 */
final class ShootoutStep {

    private ShootoutStep() {
    }

    static Optional<ExplanationStep> of(FoldedMatch folded) {
        MatchState state = folded.state();
        return state.penalties().map(penalties -> {
            List<TimelineEntry> kicks = folded.entries(FactType.SHOOTOUT_KICK);
            String details = kicks.isEmpty() ? " (only its final tally is recorded)"
                    : ": " + kicks.stream().map(ShootoutStep::kick).collect(Collectors.joining(", "));
            return new ExplanationStep(StepKind.SHOOTOUT, standing(state, penalties) + details,
                    folded.idsOf(Facts.SHOOTOUT));
        });
    }

    private static String standing(MatchState state, Score penalties) {
        if (!state.shootout().decided()) {
            return "The penalty shoot-out stands at " + Scoreline.between(state, penalties);
        }
        Side winner = MatchSentence.leader(penalties);
        return state.teamOf(winner) + " win the penalty shoot-out " + Scoreline.of(penalties, winner);
    }

    private static String kick(TimelineEntry kick) {
        boolean scored = Boolean.TRUE.equals(kick.scored());
        if (kick.player() == null) {
            return kick.team() + (scored ? " score" : " miss");
        }
        return kick.player() + " (" + kick.team() + ")" + (scored ? " scores" : " misses");
    }
}
