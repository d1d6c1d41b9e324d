package dev.fulltime.domain.explanation;

import dev.fulltime.domain.match.Fact;
import dev.fulltime.domain.match.FactType;
import dev.fulltime.domain.match.MatchDecider;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.TimelineEntry;
import dev.fulltime.domain.match.event.MatchEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A match's log folded by {@link MatchDecider#evolve}, as every projection folds it, keeping beside the final state
 * what each amendment changed: the folded state holds facts only as they stand after all of them.
 */
record FoldedMatch(MatchState state, Map<String, Amendment> amendments) {

    static FoldedMatch of(List<MatchEvent> log) {
        MatchState state = MatchDecider.initial();
        Map<String, Amendment> amendments = new LinkedHashMap<>();
        for (MatchEvent event : log) {
            MatchState next = MatchDecider.evolve(state, event);
            Amendment.of(event, state, next).ifPresent(amendment -> amendments.put(amendment.eventId(), amendment));
            state = next;
        }
        return new FoldedMatch(state, amendments);
    }

    /** The amendments of {@code fact}, in the order they were recorded. */
    List<Amendment> amendmentsOf(Fact fact) {
        return fact.amendedBy().stream().map(amendments::get).toList();
    }

    /** The timeline's entries of one type, in match-clock order. */
    List<TimelineEntry> entries(FactType type) {
        return state.timeline().stream().filter(entry -> entry.type() == type).toList();
    }

    /** The identifiers of the facts that match, in match-clock order. */
    List<String> idsOf(Predicate<Fact> selected) {
        return state.timeline().stream().map(this::fact).filter(selected).map(Fact::eventId).toList();
    }

    boolean extraTimePlayed() {
        return state.startedPeriods().stream().anyMatch(Period::isExtraTime);
    }

    Fact fact(TimelineEntry entry) {
        return state.facts().get(entry.eventId());
    }
}
