package dev.fulltime.domain.match;

import static dev.fulltime.domain.match.MatchCommands.AWAY;
import static dev.fulltime.domain.match.MatchCommands.HOME;
import static dev.fulltime.domain.match.MatchCommands.card;
import static dev.fulltime.domain.match.MatchCommands.goal;
import static dev.fulltime.domain.match.MatchCommands.goalInPeriod;
import static dev.fulltime.domain.match.MatchCommands.substitution;
import static dev.fulltime.domain.match.MatchFixture.atHalfTime;
import static dev.fulltime.domain.match.MatchFixture.finished;
import static dev.fulltime.domain.match.MatchFixture.inFirstHalf;
import static dev.fulltime.domain.match.MatchFixture.inSecondHalf;
import static dev.fulltime.domain.match.MatchFixture.inShootout;
import static dev.fulltime.domain.match.MatchFixture.scheduled;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fulltime.domain.match.command.RecordGoal;
import dev.fulltime.domain.match.event.CardShown;
import dev.fulltime.domain.match.event.GoalScored;
import dev.fulltime.domain.match.event.SubstitutionMade;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MatchDeciderPlayTest {

    /** Goals, cards and substitutions are refused whenever no period is being played on the clock. */
    abstract static class NoPlay {

        abstract MatchFixture match();

        @Test
        void aGoalIsRefused() {
            assertThat(match().refusalOf(goal("g", HOME, "Mohamed Salah", "30"))).isEqualTo(Rule.GOAL_OUTSIDE_PLAY);
        }

        @Test
        void aCardIsRefused() {
            assertThat(match().refusalOf(card("c", HOME, "Fabinho", "30", CardType.YELLOW)))
                    .isEqualTo(Rule.CARD_OUTSIDE_PLAY);
        }

        @Test
        void aSubstitutionIsRefused() {
            assertThat(match().refusalOf(substitution("s", HOME, "Darwin Núñez", "Diogo Jota", "30")))
                    .isEqualTo(Rule.SUBSTITUTION_OUTSIDE_PLAY);
        }
    }

    @Nested
    class BeforeKickOff extends NoPlay {
        @Override
        MatchFixture match() {
            return scheduled();
        }
    }

    @Nested
    class DuringTheHalfTimeInterval extends NoPlay {
        @Override
        MatchFixture match() {
            return atHalfTime();
        }
    }

    @Nested
    class AfterTheFinalWhistle extends NoPlay {
        @Override
        MatchFixture match() {
            return finished();
        }
    }

    @Nested
    class DuringTheShootout extends NoPlay {
        @Override
        MatchFixture match() {
            return inShootout();
        }
    }

    @Nested
    class MinuteOutsideThePeriod {

        @Test
        void aGoalAt30InTheSecondHalfIsRefused() {
            assertThat(inSecondHalf().refusalOf(goal("g", HOME, "Mohamed Salah", "30")))
                    .isEqualTo(Rule.MINUTE_OUTSIDE_PERIOD);
        }

        @Test
        void aGoalNamingAPeriodOtherThanTheOneInPlayIsRefused() {
            assertThat(inSecondHalf().refusalOf(goalInPeriod("g", HOME, "Mohamed Salah", Period.FIRST_HALF)))
                    .isEqualTo(Rule.MINUTE_OUTSIDE_PERIOD);
        }

        @Test
        void aCardAt46InTheFirstHalfIsRefused() {
            assertThat(inFirstHalf().refusalOf(card("c", AWAY, "Dani Carvajal", "46", CardType.YELLOW)))
                    .isEqualTo(Rule.MINUTE_OUTSIDE_PERIOD);
        }

        @Test
        void aSubstitutionInExtraTimeMinutesDuringTheSecondHalfIsRefused() {
            assertThat(inSecondHalf().refusalOf(substitution("s", AWAY, "Luka Modrić", "Dani Ceballos", "91")))
                    .isEqualTo(Rule.MINUTE_OUTSIDE_PERIOD);
        }

        @Test
        void stoppageTimeBelongsToThePeriodItFollows() {
            assertThat(inFirstHalf().decide(goal("g", HOME, "Mohamed Salah", "45+2"))).hasSize(1);
        }
    }

    @Nested
    class TeamNotInTheMatch {

        @Test
        void aGoalIsRefused() {
            assertThat(inFirstHalf().refusalOf(goal("g", "Manchester City", "Erling Haaland", "10")))
                    .isEqualTo(Rule.TEAM_NOT_IN_MATCH);
        }

        @Test
        void aCardIsRefused() {
            assertThat(inFirstHalf().refusalOf(card("c", "Manchester City", "Rodri", "10", CardType.RED)))
                    .isEqualTo(Rule.TEAM_NOT_IN_MATCH);
        }

        @Test
        void aSubstitutionIsRefused() {
            assertThat(inFirstHalf().refusalOf(substitution("s", "Manchester City", "Rodri", "Kovačić", "10")))
                    .isEqualTo(Rule.TEAM_NOT_IN_MATCH);
        }

        @Test
        void teamNamesAreComparedExactly() {
            assertThat(inFirstHalf().refusalOf(goal("g", "liverpool fc", "Mohamed Salah", "10")))
                    .isEqualTo(Rule.TEAM_NOT_IN_MATCH);
        }
    }

    @Nested
    class Accepted {

        @Test
        void aGoalCountsForTheSideOfTheTeamNamed() {
            assertThat(inFirstHalf().decide(goal("g", AWAY, "Vinícius Júnior", "21"))).containsExactly(
                    new GoalScored("g", Side.AWAY, "Vinícius Júnior", Minute.of(21), Period.FIRST_HALF,
                            GoalKind.REGULAR));
        }

        @Test
        void aGoalWithNoKindIsARegularGoal() {
            RecordGoal noKind = new RecordGoal("g", HOME, "Mohamed Salah", Minute.of(14), null, null);

            assertThat(inFirstHalf().then(noKind).fact("g").kind()).isEqualTo(GoalKind.REGULAR);
        }

        @Test
        void aLateFactIsPlacedOnTheClockButKeepsItsArrivalSequence() {
            MatchFixture match = inFirstHalf()
                    .then(goal("goal-35", HOME, "Mohamed Salah", "35"))
                    .then(card("card-30", AWAY, "Dani Carvajal", "30", CardType.YELLOW));

            assertThat(match.fact("card-30").sequence()).isGreaterThan(match.fact("goal-35").sequence());
            assertThat(match.state().timeline()).map(TimelineEntry::eventId)
                    .containsSubsequence("card-30", "goal-35");
        }

        @Test
        void aGoalKnownOnlyByItsPeriodIsAccepted() {
            MatchFixture match = inSecondHalf().then(goalInPeriod("g", AWAY, "Karim Benzema", Period.SECOND_HALF));

            assertThat(match.fact("g")).extracting(Fact::minute, Fact::period).containsExactly(null,
                    Period.SECOND_HALF);
            assertThat(match.state().score()).isEqualTo(new Score(0, 1));
        }

        @Test
        void theSameEventIdTwiceAddsNothing() {
            MatchFixture match = inFirstHalf().then(goal("g", HOME, "Darwin Núñez", "4"));
            MatchState before = match.state();

            assertThat(match.decide(goal("g", HOME, "Darwin Núñez", "4"))).isEmpty();
            assertThat(match.decide(card("g", AWAY, "Dani Carvajal", "5", CardType.YELLOW))).isEmpty();
            assertThat(match.state()).isEqualTo(before);
            assertThat(before.score()).isEqualTo(new Score(1, 0));
        }

        @Test
        void aSecondYellowCardIsASendingOff() {
            MatchFixture match = inSecondHalf().then(card("c", AWAY, "Federico Valverde", "78",
                    CardType.SECOND_YELLOW));

            assertThat(match.fact("c").card()).isEqualTo(CardType.SECOND_YELLOW);
            assertThat(CardType.SECOND_YELLOW.sendsOff()).isTrue();
            assertThat(CardType.RED.sendsOff()).isTrue();
            assertThat(CardType.YELLOW.sendsOff()).isFalse();
        }

        @Test
        void aCardIsShownInThePeriodInPlay() {
            assertThat(inSecondHalf().decide(card("c", HOME, "Fabinho", "90+3", CardType.RED))).containsExactly(
                    new CardShown("c", Side.HOME, "Fabinho", Minute.of(90, 3), Period.SECOND_HALF, CardType.RED));
        }

        @Test
        void aSubstitutionNamesBothPlayers() {
            assertThat(inSecondHalf().decide(substitution("s", HOME, "Darwin Núñez", "Diogo Jota", "70")))
                    .containsExactly(new SubstitutionMade("s", Side.HOME, "Darwin Núñez", "Diogo Jota",
                            Minute.of(70), Period.SECOND_HALF));
        }
    }
}
