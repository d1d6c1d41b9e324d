package dev.fulltime.domain.history;

import dev.fulltime.domain.match.TimelineEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A match's timeline played back fact by fact, each step folding the facts up to it on the clock. */
final class ReplaySteps {

    private ReplaySteps() {
    }

    static List<ReplayStep> of(SelectiveFold fold) {
        PeriodClock clock = new PeriodClock();
        Set<String> happened = new HashSet<>();
        List<ReplayStep> steps = new ArrayList<>();
        for (TimelineEntry entry : fold.whole().timeline()) {
            happened.add(entry.eventId());
            steps.add(new ReplayStep(entry, fold.keeping(fact -> happened.contains(fact.eventId())),
                    clock.advanceTo(entry)));
        }
        return steps;
    }
}
