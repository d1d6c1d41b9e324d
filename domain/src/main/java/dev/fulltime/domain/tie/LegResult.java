package dev.fulltime.domain.tie;

import dev.fulltime.domain.match.Fact;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.MatchStatus;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.Score;
import java.util.Objects;
import java.util.Set;

/**
 * One match of a tie as the tie rules read it, in the match's own home-away order: the score after 90 minutes,
 * after extra time ({@code null} when none was played), the shoot-out ({@code null} when none took place), and
 * whether the final whistle has been given. A match still being played reads as its score so far.
 */
public record LegResult(String homeTeam, String awayTeam, Score afterNinety, Score afterExtraTime, Score penalties,
                        boolean finished) {

    private static final Set<Period> REGULAR_TIME = Set.of(Period.FIRST_HALF, Period.SECOND_HALF);

    public LegResult {
        Objects.requireNonNull(homeTeam, "homeTeam");
        Objects.requireNonNull(awayTeam, "awayTeam");
        Objects.requireNonNull(afterNinety, "afterNinety");
        if (homeTeam.equals(awayTeam)) {
            throw new IllegalArgumentException("a team cannot play itself: " + homeTeam);
        }
    }

    /** Reads a match's facts as they stand after corrections: only the goals that count. */
    public static LegResult of(MatchState state) {
        if (!state.exists()) {
            throw new IllegalArgumentException("the match has not been scheduled");
        }
        Score afterNinety = Score.NIL_NIL;
        for (Fact fact : state.facts().values()) {
            if (fact.countsAsGoal() && REGULAR_TIME.contains(fact.recordedDuring())) {
                afterNinety = afterNinety.plus(fact.side());
            }
        }
        Score afterExtraTime = state.startedPeriods().contains(Period.EXTRA_TIME_FIRST_HALF) ? state.score() : null;
        return new LegResult(state.match().homeTeam(), state.match().awayTeam(), afterNinety, afterExtraTime,
                state.penalties().orElse(null), state.status() == MatchStatus.FINISHED);
    }

    /** The score after all the play so far: after extra time when it was played. */
    public Score finalScore() {
        return afterExtraTime != null ? afterExtraTime : afterNinety;
    }

    boolean extraTimePlayed() {
        return afterExtraTime != null;
    }
}
