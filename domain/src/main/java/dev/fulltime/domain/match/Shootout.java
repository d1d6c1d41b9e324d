package dev.fulltime.domain.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A penalty shoot-out: five kicks each taken in turn, then sudden death, over as soon as it is decided. It is known
 * kick by kick, or only by its final {@code tally} when that is all a source gives.
 */
public record Shootout(List<Kick> kicks, Score tally) {

    public static final int REGULAR_KICKS_PER_SIDE = 5;
    public static final Shootout NOT_STARTED = new Shootout(List.of(), null);
    private static final Set<Score> RESULTS_WITHIN_FIVE_KICKS = resultsWithinFiveKicks();

    public record Kick(Side side, boolean scored) {
    }

    public Shootout {
        kicks = List.copyOf(kicks);
    }

    public Shootout with(Kick kick) {
        List<Kick> more = new ArrayList<>(kicks);
        more.add(kick);
        return new Shootout(more, tally);
    }

    public Shootout withTally(Score finalTally) {
        return new Shootout(kicks, finalTally);
    }

    /** The side whose turn it is; the side that kicked first keeps kicking first in every round. */
    public Side nextSide() {
        if (kicks.isEmpty()) {
            throw new IllegalStateException("either side may take the first kick");
        }
        Side first = kicks.get(0).side();
        return kicks.size() % 2 == 0 ? first : first.opponent();
    }

    public boolean hasStarted() {
        return !kicks.isEmpty() || tally != null;
    }

    public Score score() {
        return tally != null ? tally : scoreOf(kicks);
    }

    public boolean decided() {
        return tally != null || decided(kicks);
    }

    /** Whether a shoot-out can end with this score: not level, and reachable by kicks taken in turn. */
    public static boolean possibleResult(Score score) {
        if (score.level()) {
            return false;
        }
        boolean wonInSuddenDeath = Math.abs(score.home() - score.away()) == 1;
        return wonInSuddenDeath || RESULTS_WITHIN_FIVE_KICKS.contains(score);
    }

    private static Score scoreOf(List<Kick> kicks) {
        Score score = Score.NIL_NIL;
        for (Kick kick : kicks) {
            if (kick.scored()) {
                score = score.plus(kick.side());
            }
        }
        return score;
    }

    private static boolean decided(List<Kick> kicks) {
        if (kicks.isEmpty()) {
            return false;
        }
        Side first = kicks.get(0).side();
        int takenByFirst = (kicks.size() + 1) / 2;
        int takenBySecond = kicks.size() / 2;
        Score score = scoreOf(kicks);
        int goalsFirst = score.of(first);
        int goalsSecond = score.of(first.opponent());
        if (kicks.size() <= 2 * REGULAR_KICKS_PER_SIDE) {
            int leftFirst = REGULAR_KICKS_PER_SIDE - takenByFirst;
            int leftSecond = REGULAR_KICKS_PER_SIDE - takenBySecond;
            return goalsFirst > goalsSecond + leftSecond || goalsSecond > goalsFirst + leftFirst;
        }
        return takenByFirst == takenBySecond && goalsFirst != goalsSecond;
    }

    /** Every result a best-of-five can end with before sudden death, found by playing out every sequence of kicks. */
    private static Set<Score> resultsWithinFiveKicks() {
        Set<Score> results = new HashSet<>();
        for (Side first : Side.values()) {
            playOut(new ArrayList<>(), first, results);
        }
        return Set.copyOf(results);
    }

    private static void playOut(List<Kick> kicks, Side first, Set<Score> results) {
        if (decided(kicks)) {
            results.add(scoreOf(kicks));
            return;
        }
        if (kicks.size() == 2 * REGULAR_KICKS_PER_SIDE) {
            return;
        }
        Side side = kicks.size() % 2 == 0 ? first : first.opponent();
        for (boolean scored : new boolean[] {true, false}) {
            kicks.add(new Kick(side, scored));
            playOut(kicks, first, results);
            kicks.remove(kicks.size() - 1);
        }
    }
}
