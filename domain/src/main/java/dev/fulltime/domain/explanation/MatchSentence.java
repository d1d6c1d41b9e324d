package dev.fulltime.domain.explanation;

import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.Score;
import dev.fulltime.domain.match.Side;
import java.util.Optional;

/**
 * A match in one sentence: "Real Madrid win 1-0 at the Stade de France, Saint-Denis", "Liverpool FC and Real
 * Madrid draw 1-1 at Anfield", "In progress at Anfield: Liverpool FC 2-2 Real Madrid in the first half",
 * "Liverpool FC v Real Madrid at Anfield has not kicked off".
 */
final class MatchSentence {

    private MatchSentence() {
    }

    static String of(FoldedMatch folded) {
        MatchState state = folded.state();
        String venue = VenuePhrase.at(state.match().venue());
        return switch (state.status()) {
            case SCHEDULED -> state.match().homeTeam() + " v " + state.match().awayTeam() + venue
                    + " has not kicked off";
            case LIVE -> "In progress" + venue + ": " + Scoreline.between(state, state.score()) + " "
                    + ClockPhrase.stage(state);
            case FINISHED -> result(folded) + venue;
        };
    }

    private static String result(FoldedMatch folded) {
        MatchState state = folded.state();
        Score score = state.score();
        Optional<Score> shootout = state.penalties().filter(penalties -> !penalties.level());
        if (score.level() && shootout.isEmpty()) {
            return state.match().homeTeam() + " and " + state.match().awayTeam() + " draw " + score;
        }
        Side winner = leader(shootout.orElse(score));
        WinPhrase win = new WinPhrase("", Scoreline.of(score, winner), "", folded.extraTimePlayed(),
                shootout.map(penalties -> Scoreline.of(penalties, winner)).orElse(null));
        return state.teamOf(winner) + " " + win.text();
    }

    /** The side ahead in a score that is not level. */
    static Side leader(Score score) {
        return score.home() > score.away() ? Side.HOME : Side.AWAY;
    }
}
