package dev.fulltime.domain.explanation;

import dev.fulltime.domain.match.MatchStatus;
import dev.fulltime.domain.match.Score;
import dev.fulltime.domain.match.Side;
import dev.fulltime.domain.tie.LegResult;
import dev.fulltime.domain.tie.TieStatus;
import java.util.List;

/**
 * The last step of a tie's explanation: the rule that decided it, as {@link dev.fulltime.domain.tie.TieRules#outcome}
 * names it, with its numbers and the facts it rests on; or, while undecided, how it stands and what is still to
 * be played.
 */
final class TieDecision {

    private TieDecision() {
    }

    static ExplanationStep of(TieReading reading) {
        if (reading.outcome().status() == TieStatus.IN_PROGRESS) {
            return new ExplanationStep(StepKind.TIE_IN_PROGRESS,
                    "No winner yet: " + reading.standing() + "; " + stillToPlay(reading),
                    reading.idsOf(Facts.COUNTED_GOAL));
        }
        String winner = reading.outcome().winner();
        String loser = reading.outcome().eliminated();
        Scoreline aggregate = reading.aggregateFor(winner);
        return switch (reading.outcome().decidedBy()) {
            case SCORE -> decided("Decided on the score: " + winner + " beat " + loser + " " + aggregate
                    + " in 90 minutes", reading.idsOf(Facts.RESULT));
            case AGGREGATE -> decided("Decided on aggregate: " + winner + " outscore " + loser + " " + aggregate
                    + " over the two legs", reading.idsOf(Facts.RESULT));
            case AWAY_GOALS -> awayGoals(reading, winner, loser);
            case EXTRA_TIME -> extraTime(reading, winner, loser);
            case PENALTIES -> penalties(reading, winner);
        };
    }

    /** "Decided on away goals: level at 3-3 on aggregate, Paris Saint-Germain scored 3 away from home to …'s 1". */
    private static ExplanationStep awayGoals(TieReading reading, String winner, String loser) {
        Scoreline awayGoals = reading.awayGoalsFor(winner);
        return decided("Decided on away goals: level at " + reading.aggregateFor(winner) + " on aggregate, " + winner
                + " scored " + awayGoals.scored() + " away from home to " + loser + "'s " + awayGoals.conceded(),
                reading.awayGoalIds());
    }

    /** "Decided in extra time: level after 90 minutes, Chelsea outscore Real Madrid 1-0 in extra time and win 2-1". */
    private static ExplanationStep extraTime(TieReading reading, String winner, String loser) {
        PlayedLeg deciding = reading.decidingLeg();
        return decided("Decided in extra time: level" + reading.scope() + " after 90 minutes, " + winner
                        + " outscore " + loser + " " + extraTimeGoals(deciding, winner) + " in extra time and win "
                        + reading.aggregateFor(winner) + reading.scope(),
                deciding.folded().idsOf(Facts.EXTRA_TIME_GOAL.or(Facts.FINAL_WHISTLE)));
    }

    /** "Decided on penalties: level at 1-1 on aggregate after extra time, Real Madrid win the shoot-out 4-3". */
    private static ExplanationStep penalties(TieReading reading, String winner) {
        PlayedLeg deciding = reading.decidingLeg();
        String awayGoals = reading.outcome().awayGoals() == null ? ""
                : " (" + reading.awayGoalsFor(winner) + " on away goals)";
        String played = deciding.folded().extraTimePlayed() ? "extra time" : "90 minutes";
        Scoreline shootout = Scoreline.of(deciding.result().penalties(), deciding.sideOf(winner));
        return decided("Decided on penalties: level at " + reading.aggregateFor(winner) + reading.scope() + awayGoals
                        + " after " + played + ", " + winner + " win the shoot-out " + shootout,
                deciding.folded().idsOf(Facts.SHOOTOUT));
    }

    private static ExplanationStep decided(String text, List<String> eventIds) {
        return new ExplanationStep(StepKind.TIE_DECIDED, text, eventIds);
    }

    /** The goals of extra time alone, from the winner's side. */
    private static Scoreline extraTimeGoals(PlayedLeg deciding, String winner) {
        LegResult result = deciding.result();
        Side side = deciding.sideOf(winner);
        Score afterExtraTime = result.afterExtraTime();
        Score afterNinety = result.afterNinety();
        return new Scoreline(afterExtraTime.of(side) - afterNinety.of(side),
                afterExtraTime.of(side.opponent()) - afterNinety.of(side.opponent()));
    }

    /** The first leg not over yet: "leg 2 is still to be played", "the final is being played". */
    private static String stillToPlay(TieReading reading) {
        for (int number = 1; number <= reading.tie().format().legs(); number++) {
            MatchStatus status = number <= reading.legs().size()
                    ? reading.legs().get(number - 1).state().status()
                    : MatchStatus.SCHEDULED;
            if (status == MatchStatus.LIVE) {
                return reading.legName(number) + " is being played";
            }
            if (status == MatchStatus.SCHEDULED) {
                return reading.legName(number) + " is still to be played";
            }
        }
        return "every leg is over and the tie is still level";
    }
}
