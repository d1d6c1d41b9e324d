package dev.fulltime.domain.history;

import dev.fulltime.domain.match.Fact;
import dev.fulltime.domain.match.MatchDecider;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.event.MatchEvent;
import java.util.List;
import java.util.function.Predicate;

/**
 * A log folded by {@link MatchDecider#evolve} as if only some of its facts had happened. The facts left out are
 * skipped; everything else is folded as it stands: the schedule, and every disallowance, correction and retraction,
 * which changes nothing when the fact it names was left out. Whether a fact happened is asked of the fact as the whole
 * log tells it, so a goal recorded at 58' and corrected to 59' is asked about at 59'.
 */
final class SelectiveFold {

    private final List<MatchEvent> log;
    private final MatchState whole;

    SelectiveFold(List<MatchEvent> log) {
        this.log = log;
        this.whole = MatchDecider.replay(log);
    }

    /** The match as the whole log tells it. */
    MatchState whole() {
        return whole;
    }

    /**
     * The match with only the facts that {@code happened}. Each fact keeps its sequence in the log, and the state
     * carries the version of the whole log it was read from.
     */
    MatchState keeping(Predicate<Fact> happened) {
        MatchState state = MatchDecider.initial();
        for (int sequence = 0; sequence < log.size(); sequence++) {
            MatchEvent event = log.get(sequence);
            if (whole.fact(event.eventId()).map(happened::test).orElse(true)) {
                state = MatchDecider.evolve(atVersion(state, sequence - 1L), event);
            }
        }
        return atVersion(state, whole.version());
    }

    /** The same state placed at {@code version}, so that the next event folded takes its own sequence in the log. */
    private static MatchState atVersion(MatchState state, long version) {
        return new MatchState(state.match(), version, state.startedPeriods(), state.periodInPlay(), state.ended(),
                state.sequences(), state.facts(), state.shootout());
    }
}
