package dev.fulltime.domain.history;

import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.MatchDecider;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.command.CorrectFact;
import dev.fulltime.domain.match.command.DisallowGoal;
import dev.fulltime.domain.match.command.EndMatch;
import dev.fulltime.domain.match.command.EndPeriod;
import dev.fulltime.domain.match.command.MatchCommand;
import dev.fulltime.domain.match.command.RecordGoal;
import dev.fulltime.domain.match.command.RetractFact;
import dev.fulltime.domain.match.command.ScheduleMatch;
import dev.fulltime.domain.match.command.StartPeriod;
import dev.fulltime.domain.match.command.TakeShootoutKick;
import dev.fulltime.domain.match.event.MatchEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A match's log written as a scorer sends it: every command is decided against the log so far, so the log is one
 * the rules accept. Period facts are named {@code start-<PERIOD>} and {@code end-<PERIOD>}.
 */
final class PlayedMatch {

    static final String HOME = "Liverpool FC";
    static final String AWAY = "Real Madrid";

    private final List<MatchEvent> log = new ArrayList<>();

    private PlayedMatch() {
    }

    static PlayedMatch scheduled() {
        return new PlayedMatch().then(new ScheduleMatch("schedule", "match-1", HOME, AWAY,
                Instant.parse("2023-02-21T20:00:00Z"), "Anfield", null, null, null, null));
    }

    static PlayedMatch kickedOff() {
        return scheduled().start(Period.FIRST_HALF);
    }

    /** UEFA Champions League 2022-23, round of 16, first leg at Anfield: Liverpool FC 2-5 Real Madrid. */
    static PlayedMatch anfield2023() {
        return kickedOff()
                .goal("nunez-4", HOME, "4").goal("salah-14", HOME, "14")
                .goal("vinicius-21", AWAY, "21").goal("vinicius-36", AWAY, "36")
                .end(Period.FIRST_HALF).start(Period.SECOND_HALF)
                .goal("militao-47", AWAY, "47").goal("benzema-55", AWAY, "55").goal("benzema-67", AWAY, "67")
                .end(Period.SECOND_HALF).endMatch();
    }

    /**
     * The 2021-22 final in Paris: Benzema's goal known only to be in the first half and ruled out by VAR, Vinícius's
     * first recorded at 58' and corrected to 59'.
     */
    static PlayedMatch paris2022() {
        return kickedOff()
                .goalIn("benzema", AWAY, Period.FIRST_HALF)
                .then(new DisallowGoal("var", "benzema", "offside"))
                .end(Period.FIRST_HALF).start(Period.SECOND_HALF)
                .goal("vinicius", AWAY, "58")
                .then(new CorrectFact("to-59", "vinicius", null, Minute.parse("59"), null, null))
                .end(Period.SECOND_HALF).endMatch();
    }

    PlayedMatch then(MatchCommand command) {
        log.addAll(MatchDecider.decide(command, MatchDecider.replay(log)));
        return this;
    }

    PlayedMatch start(Period period) {
        return then(new StartPeriod("start-" + period, period));
    }

    PlayedMatch end(Period period) {
        return then(new EndPeriod("end-" + period, period));
    }

    PlayedMatch endMatch() {
        return then(new EndMatch("final-whistle"));
    }

    PlayedMatch goal(String eventId, String team, String minute) {
        return then(new RecordGoal(eventId, team, null, Minute.parse(minute), null, GoalKind.REGULAR));
    }

    /** A goal known only to be in {@code period}; with no period, only to be in the stretch of play. */
    PlayedMatch goalIn(String eventId, String team, Period period) {
        return then(new RecordGoal(eventId, team, null, null, period, GoalKind.REGULAR));
    }

    PlayedMatch retract(String eventId, String targetEventId) {
        return then(new RetractFact(eventId, targetEventId, "recorded in error"));
    }

    PlayedMatch kick(String eventId, String team, boolean scored) {
        return then(new TakeShootoutKick(eventId, team, null, scored));
    }

    MatchHistory history() {
        return new MatchHistory(log);
    }
}
