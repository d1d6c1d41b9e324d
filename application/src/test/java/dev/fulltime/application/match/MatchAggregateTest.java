package dev.fulltime.application.match;

import static org.hamcrest.Matchers.equalTo;

import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.Rule;
import dev.fulltime.domain.match.RuleViolation;
import dev.fulltime.domain.match.Side;
import dev.fulltime.domain.match.command.MatchCommand;
import dev.fulltime.domain.match.command.RecordGoal;
import dev.fulltime.domain.match.command.ScheduleMatch;
import dev.fulltime.domain.match.command.StartPeriod;
import dev.fulltime.domain.match.command.TakeShootoutKick;
import dev.fulltime.domain.match.event.GoalScored;
import dev.fulltime.domain.match.event.MatchEvent;
import dev.fulltime.domain.match.event.MatchScheduled;
import dev.fulltime.domain.match.event.PeriodEnded;
import dev.fulltime.domain.match.event.PeriodStarted;
import dev.fulltime.domain.match.event.ShootoutKickTaken;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The aggregate as Axon runs it: every command is decided against the state sourced from the given events, and
 * every event it applies must rebuild the same aggregate (the fixture checks that too).
 */
class MatchAggregateTest {

    private static final String MATCH_ID = "match-1";
    private static final String HOME = "Liverpool FC";
    private static final String AWAY = "Real Madrid";
    private static final Instant KICKOFF_AT = Instant.parse("2023-02-21T20:00:00Z");

    private static final MatchScheduled SCHEDULED =
            new MatchScheduled("schedule", MATCH_ID, HOME, AWAY, KICKOFF_AT, "Anfield", null, null, null, null);
    private static final PeriodStarted KICKED_OFF = new PeriodStarted("kick-off", Period.FIRST_HALF);
    private static final GoalScored OPENER =
            new GoalScored("goal-1", Side.HOME, "Núñez", Minute.of(4), Period.FIRST_HALF, GoalKind.REGULAR);

    private AggregateTestFixture<MatchAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MatchAggregate.class);
    }

    @Test
    void creatingAMatchSchedulesIt() {
        fixture.givenNoPriorActivity()
                .when(new CreateMatch(new ScheduleMatch("schedule", MATCH_ID, HOME, AWAY, KICKOFF_AT, "Anfield",
                        null, null, null, null)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(SCHEDULED);
    }

    @Nested
    class RecordingAFact {

        @Test
        void kickOffStartsTheFirstHalfAsTheSecondEventOfTheStream() {
            given(SCHEDULED)
                    .when(record(new StartPeriod("kick-off", Period.FIRST_HALF)))
                    .expectEvents(KICKED_OFF)
                    .expectResultMessagePayload(new RecordedFact("kick-off", 1, 1));
        }

        @Test
        void aGoalAfterKickOffIsScoredForTheTeamsSide() {
            given(SCHEDULED, KICKED_OFF)
                    .when(record(goal("goal-1", HOME, "Núñez", 4)))
                    .expectEvents(OPENER)
                    .expectResultMessagePayload(new RecordedFact("goal-1", 2, 2));
        }

        @Test
        void aGoalBeforeKickOffIsRefusedAndRecordsNothing() {
            given(SCHEDULED)
                    .when(record(goal("goal-1", HOME, "Núñez", 4)))
                    .expectException(violationOf(Rule.GOAL_OUTSIDE_PLAY))
                    .expectExceptionMessage("a goal cannot be recorded before kick-off")
                    .expectNoEvents();
        }

        @Test
        void aGoalForATeamNotInTheMatchIsRefused() {
            given(SCHEDULED, KICKED_OFF)
                    .when(record(goal("goal-1", "Everton", "Calvert-Lewin", 4)))
                    .expectException(violationOf(Rule.TEAM_NOT_IN_MATCH))
                    .expectNoEvents();
        }
    }

    @Nested
    class SendingTheSameFactTwice {

        @Test
        void recordsNothingAndAnswersAsTheFirstTime() {
            given(SCHEDULED, KICKED_OFF, OPENER)
                    .when(record(goal("goal-1", HOME, "Núñez", 4)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(new RecordedFact("goal-1", 2, 2));
        }

        @Test
        void answersAsTheFirstTimeEvenWhereTheRulesWouldNowRefuseIt() {
            // a second kick-off would be out of order; as a resend of the first it is harmless
            given(SCHEDULED, KICKED_OFF, OPENER)
                    .when(record(new StartPeriod("kick-off", Period.FIRST_HALF)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(new RecordedFact("kick-off", 1, 1));
        }
    }

    @Nested
    class WithAnExpectedVersion {

        @Test
        void isAcceptedWhileTheStreamIsStillAtThatVersion() {
            given(SCHEDULED, KICKED_OFF)
                    .when(recordAt(1, goal("goal-1", HOME, "Núñez", 4)))
                    .expectEvents(OPENER)
                    .expectResultMessagePayload(new RecordedFact("goal-1", 2, 2));
        }

        @Test
        void isRefusedOnceTheStreamHasMovedOn() {
            given(SCHEDULED, KICKED_OFF, OPENER)
                    .when(recordAt(1, goal("goal-2", AWAY, "Vinícius Júnior", 21)))
                    .expectException(StaleVersionException.class)
                    .expectExceptionMessage("match " + MATCH_ID + " is at version 2, not 1")
                    .expectNoEvents();
        }

        @Test
        void isRefusedAheadOfTheStream() {
            given(SCHEDULED, KICKED_OFF)
                    .when(recordAt(5, goal("goal-1", HOME, "Núñez", 4)))
                    .expectException(StaleVersionException.class)
                    .expectNoEvents();
        }

        @Test
        void doesNotStopAResendFromAnsweringAsTheFirstTime() {
            // the sender retries with the version it had before its first attempt succeeded
            given(SCHEDULED, KICKED_OFF, OPENER)
                    .when(recordAt(1, goal("goal-1", HOME, "Núñez", 4)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(new RecordedFact("goal-1", 2, 2));
        }
    }

    @Nested
    class InAPenaltyShootout {

        @Test
        void theKickThatDecidesItRecordsOnlyTheKick() {
            // 3-0 after five kicks, with three left for the away side: the away side's miss decides it
            given(shootoutAfterKicks(true, false, true, false, true))
                    .when(record(kick("kick-6", AWAY, false)))
                    .expectEvents(new ShootoutKickTaken("kick-6", Side.AWAY, "kicker of " + AWAY, false))
                    .expectResultMessagePayload(new RecordedFact("kick-6", 11, 11));
        }

        @Test
        void noKickFollowsTheDecidingKick() {
            given(shootoutAfterKicks(true, false, true, false, true, false))
                    .when(record(kick("kick-7", HOME, true)))
                    .expectException(violationOf(Rule.SHOOTOUT_DECIDED))
                    .expectNoEvents();
        }

        /** Level after the second half, then a shoot-out with the home side kicking first in every round. */
        private List<MatchEvent> shootoutAfterKicks(boolean... scored) {
            List<MatchEvent> log = new ArrayList<>(List.of(SCHEDULED,
                    KICKED_OFF, new PeriodEnded("half-time", Period.FIRST_HALF),
                    new PeriodStarted("second-half", Period.SECOND_HALF),
                    new PeriodEnded("full-time", Period.SECOND_HALF),
                    new PeriodStarted("shootout", Period.PENALTY_SHOOTOUT)));
            for (int i = 0; i < scored.length; i++) {
                Side side = i % 2 == 0 ? Side.HOME : Side.AWAY;
                String team = side == Side.HOME ? HOME : AWAY;
                log.add(new ShootoutKickTaken("kick-" + (i + 1), side, "kicker of " + team, scored[i]));
            }
            return log;
        }
    }

    private TestExecutor<MatchAggregate> given(MatchEvent... events) {
        return given(List.of(events));
    }

    private TestExecutor<MatchAggregate> given(List<MatchEvent> events) {
        return fixture.given(events);
    }

    private static RecordFact record(MatchCommand command) {
        return new RecordFact(MATCH_ID, command, null);
    }

    private static RecordFact recordAt(long expectedVersion, MatchCommand command) {
        return new RecordFact(MATCH_ID, command, expectedVersion);
    }

    private static RecordGoal goal(String eventId, String team, String player, int minute) {
        return new RecordGoal(eventId, team, player, Minute.of(minute), null, GoalKind.REGULAR);
    }

    private static TakeShootoutKick kick(String eventId, String team, boolean scored) {
        return new TakeShootoutKick(eventId, team, "kicker of " + team, scored);
    }

    /** A {@link RuleViolation} naming {@code rule}. */
    private static Matcher<RuleViolation> violationOf(Rule rule) {
        return new FeatureMatcher<>(equalTo(rule), "a RuleViolation of rule", "rule") {
            @Override
            protected Rule featureValueOf(RuleViolation violation) {
                return violation.rule();
            }
        };
    }
}
