package dev.fulltime.application.importing;

import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.Score;
import dev.fulltime.domain.match.Shootout;
import dev.fulltime.domain.match.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * The scores of a played match as the facts will tell them, checked against each other. A source that gives one
 * score but scorer minutes beyond 90 (not 90+x, once {@link MinuteReading} has read them) played extra time without
 * saying so: its score is the one after extra time, and the goals up to 90+x make the score after 90 minutes.
 *
 * @param halfTime       null when not known
 * @param afterExtraTime null when no extra time was played
 * @param penalties      null when there was no shoot-out
 */
record PlayedScore(Score halfTime, Score fullTime, Score afterExtraTime, Score penalties) {

    private static final List<Period> REGULAR_TIME = List.of(Period.FIRST_HALF, Period.SECOND_HALF);
    private static final List<Period> WITH_EXTRA_TIME = List.of(Period.FIRST_HALF, Period.SECOND_HALF,
            Period.EXTRA_TIME_FIRST_HALF, Period.EXTRA_TIME_SECOND_HALF);

    /**
     * @throws Contradiction when the scores cannot all be true
     * @throws IncompleteMatch when the score after 90 minutes is neither given nor to be read from the scorers
     */
    static PlayedScore of(ImportedMatch match) {
        Score fullTime = match.fullTime();
        Score afterExtraTime = match.afterExtraTime();
        if (afterExtraTime == null && scorersShowExtraTime(match)) {
            afterExtraTime = fullTime;
            fullTime = regularTimeScore(match);
        }
        if (fullTime == null && everyScorerTimed(match)) {
            fullTime = regularTimeScore(match);
        }
        if (fullTime == null) {
            throw new IncompleteMatch("the source gives the score after extra time, " + afterExtraTime
                    + ", but not the score after 90 minutes, nor the scorers' minutes");
        }
        PlayedScore score = new PlayedScore(match.halfTime(), fullTime, afterExtraTime, match.penalties());
        score.check();
        return score;
    }

    List<Period> periodsOnTheClock() {
        return afterExtraTime == null ? REGULAR_TIME : WITH_EXTRA_TIME;
    }

    /** One stretch per goal of the side, from the scores alone, in match order. */
    List<Stretch> stretchesOfGoals(Side side) {
        List<Stretch> stretches = new ArrayList<>();
        if (halfTime != null) {
            add(stretches, Stretch.FIRST_HALF, halfTime.of(side));
            add(stretches, Stretch.SECOND_HALF, fullTime.of(side) - halfTime.of(side));
        } else {
            add(stretches, Stretch.REGULAR_TIME, fullTime.of(side));
        }
        if (afterExtraTime != null) {
            add(stretches, Stretch.EXTRA_TIME, afterExtraTime.of(side) - fullTime.of(side));
        }
        return stretches;
    }

    /** The stretch a goal at this minute counts in, as far as the scores tell stretches apart. */
    Stretch stretchOf(Minute minute) {
        return switch (minute.period()) {
            case FIRST_HALF -> halfTime != null ? Stretch.FIRST_HALF : Stretch.REGULAR_TIME;
            case SECOND_HALF -> halfTime != null ? Stretch.SECOND_HALF : Stretch.REGULAR_TIME;
            default -> Stretch.EXTRA_TIME;
        };
    }

    /** The scores as openfootball writes them, for messages: "4-2 a.e.t. (1-2, 0-0)". */
    String describe() {
        String played = afterExtraTime == null
                ? fullTime + (halfTime == null ? "" : " (" + halfTime + ")")
                : afterExtraTime + " a.e.t. (" + fullTime + (halfTime == null ? "" : ", " + halfTime) + ")";
        return penalties == null ? played : penalties + " pen. " + played;
    }

    private void check() {
        if (halfTime != null && exceeds(halfTime, fullTime)) {
            throw new Contradiction("the half-time score " + halfTime + " has more goals than the score after 90 "
                    + "minutes, " + fullTime);
        }
        if (afterExtraTime != null && exceeds(fullTime, afterExtraTime)) {
            throw new Contradiction("the score after 90 minutes, " + fullTime + ", has more goals than the score "
                    + "after extra time, " + afterExtraTime);
        }
        if (penalties != null && !Shootout.possibleResult(penalties)) {
            throw new Contradiction("the shoot-out is given as " + penalties + ", "
                    + (penalties.level() ? "but a shoot-out cannot end level" : "a result no shoot-out can reach"));
        }
    }

    private static boolean scorersShowExtraTime(ImportedMatch match) {
        return everyScorerTimed(match) && match.goals().stream()
                .anyMatch(goal -> goal.minute().period().isExtraTime());
    }

    private static boolean everyScorerTimed(ImportedMatch match) {
        return !match.goals().isEmpty() && match.goals().stream().allMatch(goal -> goal.minute() != null);
    }

    private static Score regularTimeScore(ImportedMatch match) {
        return new Score(regularTimeGoals(match, match.homeTeam()), regularTimeGoals(match, match.awayTeam()));
    }

    private static int regularTimeGoals(ImportedMatch match, String team) {
        return (int) match.goals().stream()
                .filter(goal -> goal.team().equals(team) && !goal.minute().period().isExtraTime())
                .count();
    }

    private static boolean exceeds(Score earlier, Score later) {
        return earlier.home() > later.home() || earlier.away() > later.away();
    }

    private static void add(List<Stretch> stretches, Stretch stretch, int goals) {
        for (int goal = 0; goal < goals; goal++) {
            stretches.add(stretch);
        }
    }
}
