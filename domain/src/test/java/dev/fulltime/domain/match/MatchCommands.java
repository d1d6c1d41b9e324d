package dev.fulltime.domain.match;

import dev.fulltime.domain.match.command.CorrectFact;
import dev.fulltime.domain.match.command.DisallowGoal;
import dev.fulltime.domain.match.command.EndMatch;
import dev.fulltime.domain.match.command.EndPeriod;
import dev.fulltime.domain.match.command.MakeSubstitution;
import dev.fulltime.domain.match.command.RecordGoal;
import dev.fulltime.domain.match.command.RetractFact;
import dev.fulltime.domain.match.command.ScheduleMatch;
import dev.fulltime.domain.match.command.ShowCard;
import dev.fulltime.domain.match.command.StartPeriod;
import dev.fulltime.domain.match.command.TakeShootoutKick;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** Short factories for the commands the tests send; minutes are written as football writes them. */
final class MatchCommands {

    static final String HOME = "Liverpool FC";
    static final String AWAY = "Real Madrid";

    private static final AtomicInteger IDS = new AtomicInteger();

    private MatchCommands() {
    }

    static ScheduleMatch schedule(String homeTeam, String awayTeam) {
        return new ScheduleMatch("schedule", "match-1", homeTeam, awayTeam, Instant.parse("2023-02-21T20:00:00Z"),
                "Anfield", null, null, null, null);
    }

    /** An identifier no earlier command used, so that the command is decided rather than taken as a resend. */
    static String freshId(String prefix) {
        return prefix + "#" + IDS.incrementAndGet();
    }

    static StartPeriod startPeriod(Period period) {
        return new StartPeriod(freshId("start-" + period), period);
    }

    static EndPeriod endPeriod(Period period) {
        return new EndPeriod(freshId("end-" + period), period);
    }

    static EndMatch endMatch() {
        return new EndMatch(freshId("final-whistle"));
    }

    static RecordGoal goal(String eventId, String team, String player, String minute) {
        return new RecordGoal(eventId, team, player, Minute.parse(minute), null, GoalKind.REGULAR);
    }

    static RecordGoal goalInPeriod(String eventId, String team, String player, Period period) {
        return new RecordGoal(eventId, team, player, null, period, GoalKind.REGULAR);
    }

    static ShowCard card(String eventId, String team, String player, String minute, CardType card) {
        return new ShowCard(eventId, team, player, Minute.parse(minute), card);
    }

    static MakeSubstitution substitution(String eventId, String team, String playerOff, String playerOn,
                                         String minute) {
        return new MakeSubstitution(eventId, team, playerOff, playerOn, Minute.parse(minute));
    }

    static TakeShootoutKick kick(String eventId, String team, boolean scored) {
        return new TakeShootoutKick(eventId, team, "kicker of " + team, scored);
    }

    static DisallowGoal disallow(String eventId, String goalEventId) {
        return new DisallowGoal(eventId, goalEventId, "offside");
    }

    static RetractFact retract(String eventId, String targetEventId) {
        return new RetractFact(eventId, targetEventId, "recorded in error");
    }

    static CorrectFact correctMinute(String eventId, String targetEventId, String minute) {
        return new CorrectFact(eventId, targetEventId, null, Minute.parse(minute), null, null);
    }

    static CorrectFact correctTeam(String eventId, String targetEventId, String team) {
        return new CorrectFact(eventId, targetEventId, null, null, null, team);
    }

    static CorrectFact correctKind(String eventId, String targetEventId, GoalKind kind) {
        return new CorrectFact(eventId, targetEventId, null, null, kind, null);
    }

    static CorrectFact correctPlayer(String eventId, String targetEventId, String player) {
        return new CorrectFact(eventId, targetEventId, player, null, null, null);
    }

    static CorrectFact emptyCorrection(String eventId, String targetEventId) {
        return new CorrectFact(eventId, targetEventId, null, null, null, null);
    }
}
