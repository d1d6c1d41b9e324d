package dev.fulltime.application.importing;

import dev.fulltime.domain.match.command.MatchCommand;
import dev.fulltime.domain.match.command.ScheduleMatch;
import java.util.List;

/**
 * A match to create and the facts to record in it.
 *
 * @param incomplete why the source's facts of this played match are not recorded; null when they all are
 */
record PlannedMatch(ImportedMatch match, ScheduleMatch schedule, List<MatchCommand> facts, String incomplete) {

    PlannedMatch {
        facts = List.copyOf(facts);
    }

    String matchId() {
        return schedule.matchId();
    }
}
