package dev.fulltime.domain.match;

import static dev.fulltime.domain.match.MatchCommands.AWAY;
import static dev.fulltime.domain.match.MatchCommands.HOME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.fulltime.domain.match.command.EndMatch;
import dev.fulltime.domain.match.command.EndPeriod;
import dev.fulltime.domain.match.command.MatchCommand;
import dev.fulltime.domain.match.command.StartPeriod;
import dev.fulltime.domain.match.event.MatchEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * A match built as the aggregate builds it: every command is decided against the state replayed from the log so
 * far, and the events it adds are appended to the log. Starting points name the moment of the match they reach.
 */
final class MatchFixture {

    private final List<MatchEvent> log = new ArrayList<>();
    private int kicks;

    private MatchFixture() {
    }

    static MatchFixture unscheduled() {
        return new MatchFixture();
    }

    /** Liverpool FC (home) v Real Madrid (away), not kicked off. */
    static MatchFixture scheduled() {
        return unscheduled().then(MatchCommands.schedule(HOME, AWAY));
    }

    static MatchFixture inFirstHalf() {
        return scheduled().start(Period.FIRST_HALF);
    }

    static MatchFixture atHalfTime() {
        return inFirstHalf().end(Period.FIRST_HALF);
    }

    static MatchFixture inSecondHalf() {
        return atHalfTime().start(Period.SECOND_HALF);
    }

    static MatchFixture afterSecondHalf() {
        return inSecondHalf().end(Period.SECOND_HALF);
    }

    static MatchFixture finished() {
        return afterSecondHalf().endMatch();
    }

    /** A shoot-out straight after the second half, no kick taken yet. */
    static MatchFixture inShootout() {
        return afterSecondHalf().start(Period.PENALTY_SHOOTOUT);
    }

    /** Decides the command against the current state and appends what it adds; fails if the rules refuse it. */
    MatchFixture then(MatchCommand command) {
        log.addAll(MatchDecider.decide(command, state()));
        return this;
    }

    MatchFixture start(Period period) {
        return then(new StartPeriod("start-" + period, period));
    }

    MatchFixture end(Period period) {
        return then(new EndPeriod("end-" + period, period));
    }

    MatchFixture endMatch() {
        return then(new EndMatch("final-whistle"));
    }

    /** Shoot-out kicks in turn, {@code first} taking the first kick of every round. */
    MatchFixture kicks(Side first, boolean... scored) {
        for (int i = 0; i < scored.length; i++) {
            Side side = i % 2 == 0 ? first : first.opponent();
            then(MatchCommands.kick("kick-" + ++kicks, team(side), scored[i]));
        }
        return this;
    }

    /** What the command would add, without adding it. */
    List<MatchEvent> decide(MatchCommand command) {
        return MatchDecider.decide(command, state());
    }

    /** The rule that refuses the command; fails the test if the command is accepted. */
    Rule refusalOf(MatchCommand command) {
        MatchState before = state();
        Throwable thrown = catchThrowable(() -> MatchDecider.decide(command, before));
        assertThat(thrown).as("the rules should refuse %s", command).isInstanceOf(RuleViolation.class);
        return ((RuleViolation) thrown).rule();
    }

    MatchState state() {
        return MatchDecider.replay(log);
    }

    List<MatchEvent> log() {
        return List.copyOf(log);
    }

    Fact fact(String eventId) {
        return state().fact(eventId).orElseThrow(() -> new AssertionError("no fact " + eventId));
    }

    TimelineEntry entry(String eventId) {
        return state().timeline().stream()
                .filter(entry -> entry.eventId().equals(eventId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no timeline entry " + eventId));
    }

    static String team(Side side) {
        return side == Side.HOME ? HOME : AWAY;
    }

    /** A shoot-out record with kicks in turn, {@code first} taking the first kick of every round. */
    static Shootout shootout(Side first, boolean... scored) {
        Shootout shootout = Shootout.NOT_STARTED;
        for (int i = 0; i < scored.length; i++) {
            shootout = shootout.with(new Shootout.Kick(i % 2 == 0 ? first : first.opponent(), scored[i]));
        }
        return shootout;
    }
}
