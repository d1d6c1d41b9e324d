package dev.fulltime.domain.match;

import java.util.ArrayList;
import java.util.List;

/** A penalty shoot-out: five kicks each taken in turn, then sudden death, over as soon as it is decided. */
public record Shootout(List<Kick> kicks) {

    public static final int REGULAR_KICKS_PER_SIDE = 5;
    public static final Shootout NOT_STARTED = new Shootout(List.of());

    public record Kick(Side side, boolean scored) {
    }

    public Shootout {
        kicks = List.copyOf(kicks);
    }

    public Shootout with(Kick kick) {
        List<Kick> more = new ArrayList<>(kicks);
        more.add(kick);
        return new Shootout(more);
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
        return !kicks.isEmpty();
    }

    public Score score() {
        Score score = Score.NIL_NIL;
        for (Kick kick : kicks) {
            if (kick.scored()) {
                score = score.plus(kick.side());
            }
        }
        return score;
    }

    public boolean decided() {
        if (kicks.isEmpty()) {
            return false;
        }
        Side first = kicks.get(0).side();
        int takenByFirst = (kicks.size() + 1) / 2;
        int takenBySecond = kicks.size() / 2;
        Score score = score();
        int goalsFirst = score.of(first);
        int goalsSecond = score.of(first.opponent());
        if (kicks.size() <= 2 * REGULAR_KICKS_PER_SIDE) {
            int leftFirst = REGULAR_KICKS_PER_SIDE - takenByFirst;
            int leftSecond = REGULAR_KICKS_PER_SIDE - takenBySecond;
            return goalsFirst > goalsSecond + leftSecond || goalsSecond > goalsFirst + leftFirst;
        }
        return takenByFirst == takenBySecond && goalsFirst != goalsSecond;
    }
}
