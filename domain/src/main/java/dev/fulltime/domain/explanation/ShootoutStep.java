package dev.fulltime.domain.explanation;

import dev.fulltime.domain.match.FactType;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.Score;
import dev.fulltime.domain.match.TimelineEntry;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The penalty shoot-out, when one took place, citing its kicks or its tally: "Real Madrid win the penalty shoot-out
 * 4-3: Mohamed Salah (Liverpool FC) scores, Luka Modrić (Real Madrid) scores, …", "The penalty shoot-out stands at
 * Liverpool FC 2-1 Real Madrid: …", "… (only its final tally is recorded)".
 */
final class ShootoutStep {

    private ShootoutStep() {
    }

    static Optional<ExplanationStep> of(FoldedMatch folded) {
        MatchState state = folded.state();
        return state.penalties().map(penalties -> {
            List<TimelineEntry> kicks = folded.entries(FactType.SHOOTOUT_KICK);
            List<TimelineEntry> tally = folded.entries(FactType.SHOOTOUT_TALLY);
            String text = standing(state, penalties)
                    + (kicks.isEmpty() ? "" : ": " + kicks.stream().map(ShootoutStep::kick)
                            .collect(Collectors.joining(", ")))
                    + (tally.isEmpty() ? "" : kicks.isEmpty() ? " (only its final tally is recorded)"
                            : " (its final tally as recorded)");
            return new ExplanationStep(StepKind.SHOOTOUT, text,
                    Stream.concat(kicks.stream(), tally.stream()).map(TimelineEntry::eventId).toList());
        });
    }

    private static String standing(MatchState state, Score penalties) {
        if (!state.shootout().decided()) {
            return "The penalty shoot-out stands at " + Scoreline.between(state, penalties);
        }
        var winner = MatchSentence.leader(penalties);
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
