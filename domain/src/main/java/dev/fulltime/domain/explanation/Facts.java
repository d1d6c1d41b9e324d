package dev.fulltime.domain.explanation;

import dev.fulltime.domain.match.Fact;
import dev.fulltime.domain.match.FactType;
import dev.fulltime.domain.match.Side;
import java.util.function.Predicate;

/** The facts a result rests on, as selections of a match's facts. */
final class Facts {

    static final Predicate<Fact> COUNTED_GOAL = Fact::countsAsGoal;
    static final Predicate<Fact> FINAL_WHISTLE = fact -> fact.type() == FactType.MATCH_ENDED;
    static final Predicate<Fact> RESULT = COUNTED_GOAL.or(FINAL_WHISTLE);
    static final Predicate<Fact> EXTRA_TIME_GOAL = COUNTED_GOAL.and(fact -> fact.recordedDuring().isExtraTime());
    static final Predicate<Fact> SHOOTOUT = fact -> fact.type() == FactType.SHOOTOUT_KICK
            || fact.type() == FactType.SHOOTOUT_TALLY;

    private Facts() {
    }

    static Predicate<Fact> countedGoalFor(Side side) {
        return COUNTED_GOAL.and(fact -> fact.side() == side);
    }
}
