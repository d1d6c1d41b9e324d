package dev.fulltime.domain.tie;

import static dev.fulltime.domain.tie.Legs.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.MatchDecider;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.Side;
import dev.fulltime.domain.match.event.GoalDisallowed;
import dev.fulltime.domain.match.event.GoalScored;
import dev.fulltime.domain.match.event.MatchEnded;
import dev.fulltime.domain.match.event.MatchEvent;
import dev.fulltime.domain.match.event.MatchScheduled;
import dev.fulltime.domain.match.event.PeriodEnded;
import dev.fulltime.domain.match.event.PeriodStarted;
import dev.fulltime.domain.match.event.ShootoutKickTaken;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegResultTest {

    private static final String HOME = "Home FC";
    private static final String AWAY = "Away FC";

    /** Builds a match log in order, naming each fact by its position. */
    private static final class Log {
        private final List<MatchEvent> events = new ArrayList<>(List.of(
                new MatchScheduled("e0", "m1", HOME, AWAY, null, null, "t1", 2, null, null)));

        Log add(MatchEvent... more) {
            events.addAll(List.of(more));
            return this;
        }

        Log period(Period period) {
            return add(new PeriodStarted(nextId(), period), new PeriodEnded(nextId() + "-end", period));
        }

        Log goal(Side side, Period period) {
            return add(new GoalScored(nextId(), side, "a player", null, period, GoalKind.REGULAR));
        }

        Log kick(Side side, boolean scored) {
            return add(new ShootoutKickTaken(nextId(), side, "a kicker", scored));
        }

        Log finalWhistle() {
            return add(new MatchEnded(nextId()));
        }

        MatchState state() {
            return MatchDecider.replay(events);
        }

        private String nextId() {
            return "e" + events.size();
        }
    }

    @Test
    void a_match_won_in_90_minutes_has_no_extra_time_and_no_shootout() {
        MatchState state = new Log()
                .period(Period.FIRST_HALF).goal(Side.AWAY, Period.FIRST_HALF)
                .period(Period.SECOND_HALF).goal(Side.HOME, Period.SECOND_HALF).goal(Side.AWAY, Period.SECOND_HALF)
                .finalWhistle()
                .state();

        assertThat(LegResult.of(state)).isEqualTo(new LegResult(HOME, AWAY, score("1-2"), null, null, true));
    }

    @Test
    void goals_in_extra_time_count_after_extra_time_only_and_the_shootout_is_kept_apart() {
        MatchState state = new Log()
                .period(Period.FIRST_HALF)
                .period(Period.SECOND_HALF).goal(Side.HOME, Period.SECOND_HALF).goal(Side.AWAY, Period.SECOND_HALF)
                .period(Period.EXTRA_TIME_FIRST_HALF).goal(Side.HOME, Period.EXTRA_TIME_FIRST_HALF)
                .period(Period.EXTRA_TIME_SECOND_HALF).goal(Side.AWAY, Period.EXTRA_TIME_SECOND_HALF)
                .add(new PeriodStarted("shootout", Period.PENALTY_SHOOTOUT))
                .kick(Side.HOME, true).kick(Side.AWAY, false)
                .state();

        LegResult leg = LegResult.of(state);

        assertThat(leg).isEqualTo(new LegResult(HOME, AWAY, score("1-1"), score("2-2"), score("1-0"), false));
        assertThat(leg.finalScore()).isEqualTo(score("2-2"));
    }

    @Test
    void extra_time_once_started_reads_as_a_score_even_before_a_goal() {
        MatchState state = new Log()
                .period(Period.FIRST_HALF).period(Period.SECOND_HALF)
                .add(new PeriodStarted("extra-time", Period.EXTRA_TIME_FIRST_HALF))
                .state();

        assertThat(LegResult.of(state).afterExtraTime()).isEqualTo(score("0-0"));
    }

    @Test
    void a_disallowed_goal_does_not_count() {
        MatchState state = new Log()
                .period(Period.FIRST_HALF)
                .add(new PeriodStarted("second-half", Period.SECOND_HALF),
                        new GoalScored("offside", Side.HOME, "a player", Minute.of(88), Period.SECOND_HALF,
                                GoalKind.REGULAR),
                        new GoalDisallowed("var", "offside", "offside"))
                .state();

        assertThat(LegResult.of(state)).isEqualTo(new LegResult(HOME, AWAY, score("0-0"), null, null, false));
    }

    @Test
    void a_match_not_scheduled_has_no_result() {
        assertThatIllegalArgumentException().isThrownBy(() -> LegResult.of(MatchDecider.initial()));
    }

    @Test
    void a_team_cannot_play_itself() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LegResult(HOME, HOME, score("0-0"), null, null, false));
    }
}
