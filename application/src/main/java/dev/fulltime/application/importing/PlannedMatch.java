package dev.fulltime.application.importing;

import dev.fulltime.domain.match.command.EndMatch;
import dev.fulltime.domain.match.command.MatchCommand;
import dev.fulltime.domain.match.command.ScheduleMatch;
import java.util.List;

/**
 * A match to create and the facts to record in it.
 *
 * @param incomplete why the source's facts of this played match are not recorded; null when they all are
 * @param unfinished why the match is recorded without its final whistle (see {@link StopsShort}); null otherwise
 */
record PlannedMatch(ImportedMatch match, ScheduleMatch schedule, List<MatchCommand> facts, String incomplete,
                    String unfinished) {

    PlannedMatch {
        facts = List.copyOf(facts);
    }

    String matchId() {
        return schedule.matchId();
    }

    /** The same facts but the final whistle; every other fact keeps its eventId. */
    PlannedMatch withoutFinalWhistle(String why) {
        return new PlannedMatch(match, schedule, facts.stream().filter(fact -> !(fact instanceof EndMatch)).toList(),
                incomplete, why);
    }
}
