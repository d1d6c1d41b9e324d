package dev.fulltime.domain.explanation;

import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.MatchDecider;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.Score;
import dev.fulltime.domain.match.command.CorrectFact;
import dev.fulltime.domain.match.command.DisallowGoal;
import dev.fulltime.domain.match.command.EndMatch;
import dev.fulltime.domain.match.command.EndPeriod;
import dev.fulltime.domain.match.command.MatchCommand;
import dev.fulltime.domain.match.command.RecordGoal;
import dev.fulltime.domain.match.command.RecordShootoutTally;
import dev.fulltime.domain.match.command.RetractFact;
import dev.fulltime.domain.match.command.ScheduleMatch;
import dev.fulltime.domain.match.command.StartPeriod;
import dev.fulltime.domain.match.command.TakeShootoutKick;
import dev.fulltime.domain.match.event.MatchEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A match's log written as a scorer writes it: every command decided by {@link MatchDecider} against the log so far,
 * every event it adds recorded by the current scorer one minute after the one before.
 */
final class MatchScript {

    private final List<MatchEvent> log = new ArrayList<>();
    private final Map<String, Recording> recordings = new HashMap<>();
    private Instant clock;
    private String scorer = "scorer";
    private int periods;

    private MatchScript(Instant kickoff) {
        this.clock = kickoff;
    }

    static MatchScript scheduled(String matchId, String home, String away, String venue, String kickoff) {
        return new MatchScript(Instant.parse(kickoff)).then(new ScheduleMatch("scheduled-" + matchId, matchId, home,
                away, Instant.parse(kickoff), venue, null, null, null, null));
    }

    /** Whoever records the facts that follow. */
    MatchScript by(String recordedBy) {
        scorer = recordedBy;
        return this;
    }

    MatchScript then(MatchCommand command) {
        for (MatchEvent event : MatchDecider.decide(command, MatchDecider.replay(log))) {
            log.add(event);
            recordings.put(event.eventId(), new Recording(scorer, clock));
            clock = clock.plusSeconds(60);
        }
        return this;
    }

    MatchScript start(Period period) {
        return then(new StartPeriod("start-" + ++periods, period));
    }

    MatchScript end(Period period) {
        return then(new EndPeriod("end-" + ++periods, period));
    }

    MatchScript goal(String eventId, String team, String player, String minute) {
        return goal(eventId, team, player, minute, GoalKind.REGULAR);
    }

    MatchScript goal(String eventId, String team, String player, String minute, GoalKind kind) {
        return then(new RecordGoal(eventId, team, player, Minute.parse(minute), null, kind));
    }

    MatchScript goalIn(String eventId, String team, String player, Period period) {
        return then(new RecordGoal(eventId, team, player, null, period, GoalKind.REGULAR));
    }

    MatchScript disallow(String eventId, String goalEventId, String reason) {
        return then(new DisallowGoal(eventId, goalEventId, reason));
    }

    MatchScript retract(String eventId, String targetEventId, String reason) {
        return then(new RetractFact(eventId, targetEventId, reason));
    }

    MatchScript correct(String eventId, String targetEventId, String player, String minute, GoalKind kind,
                        String team) {
        return then(new CorrectFact(eventId, targetEventId, player, minute == null ? null : Minute.parse(minute),
                kind, team));
    }

    MatchScript kick(String eventId, String team, String player, boolean scored) {
        return then(new TakeShootoutKick(eventId, team, player, scored));
    }

    MatchScript tally(String eventId, Score penalties) {
        return then(new RecordShootoutTally(eventId, penalties));
    }

    MatchScript finalWhistle(String eventId) {
        return then(new EndMatch(eventId));
    }

    /** The end of the first half and the start of the second. */
    MatchScript halfTime() {
        return end(Period.FIRST_HALF).start(Period.SECOND_HALF);
    }

    MatchRecord record() {
        return new MatchRecord(log, recordings);
    }

    /** When the event was recorded, as the explanation writes it. */
    String recordedAt(String eventId) {
        return recordings.get(eventId).recordedAt().toString();
    }
}
