package dev.fulltime.application.importing;

import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.Score;
import dev.fulltime.domain.tie.LegResult;
import dev.fulltime.domain.tie.TieContext;
import dev.fulltime.domain.tie.TieRules;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads a minute over 90 that a scorer list writes without "+" ("95'") in a match whose line does not say a.e.t.
 * Sources write both extra time they do not mention (2016-17 cl_finals.txt: Real Madrid 4-2 Bayern München, goals
 * at 105', 110', 112') and stoppage time of the second half without its "+" (2012-13: "U. Bulut 95'" for 90+5', in
 * a second leg Schalke 04 had lost on away goals by then). The rules of the game tell them apart, so the source is
 * read with them rather than guessed at:
 *
 * <p>such a minute is extra time only if the match is its tie's deciding match and the tie is level after its 90
 * minutes under the competition's rules (aggregate and, where they count, away goals: {@link
 * TieRules#extraTimeNeeded} with the legs played before it), counting the match's goals up to 90 and 90+x, that is
 * every listed goal but those at the minutes being read; otherwise it is stoppage time of the second half,
 * recorded as 90+(m−90) ("95'" as 90+5). A first leg, or a match outside any tie, never has extra time.
 *
 * <p>Minutes written with "+", and every minute of a line that says a.e.t., are read as written.
 */
final class MinuteReading {

    private static final int NINETY = Period.SECOND_HALF.lastMinute();

    private MinuteReading() {
    }

    /** A match outside any tie (group stage, league phase): never extra time. */
    static ImportedMatch outsideTies(ImportedMatch match) {
        return read(match, afterNinety -> false);
    }

    /** A leg of the tie bound by {@code tie}, whose earlier legs are those played before this one. */
    static ImportedMatch inTie(ImportedMatch match, TieContext tie) {
        return read(match, afterNinety -> {
            List<LegResult> legs = new ArrayList<>(tie.earlierLegs());
            legs.add(new LegResult(match.homeTeam(), match.awayTeam(), afterNinety, null, null, false));
            return TieRules.extraTimeNeeded(tie.rules(), tie.format(), tie.teamA(), tie.teamB(), legs);
        });
    }

    private static ImportedMatch read(ImportedMatch match, Predicate<Score> extraTimeAfterNinety) {
        if (match.afterExtraTime() != null || match.goals().stream().noneMatch(MinuteReading::overNinetyWithoutPlus)
                || extraTimeAfterNinety.test(scoreAfterNinety(match))) {
            return match;
        }
        return match.withGoals(match.goals().stream().map(MinuteReading::inStoppageTime).toList());
    }

    private static boolean overNinetyWithoutPlus(ImportedGoal goal) {
        return goal.minute() != null && goal.minute().stoppage() == 0 && goal.minute().regular() > NINETY;
    }

    private static Score scoreAfterNinety(ImportedMatch match) {
        return new Score(goalsUpToNinety(match, match.homeTeam()), goalsUpToNinety(match, match.awayTeam()));
    }

    private static int goalsUpToNinety(ImportedMatch match, String team) {
        return (int) match.goals().stream()
                .filter(goal -> goal.team().equals(team) && !overNinetyWithoutPlus(goal))
                .count();
    }

    private static ImportedGoal inStoppageTime(ImportedGoal goal) {
        return overNinetyWithoutPlus(goal)
                ? new ImportedGoal(goal.team(), goal.player(), Minute.of(NINETY, goal.minute().regular() - NINETY),
                        goal.kind())
                : goal;
    }
}
