package dev.fulltime.application.importing;

import dev.fulltime.domain.match.Score;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One match as a source gives it. Scores are home-away; a score the source does not give is null.
 *
 * @param source         where the match stands in its source, for messages, e.g. "line 42"
 * @param knockout       whether the round is a knockout round (qualifying rounds included), whose matches
 *                       make up ties; group and league-phase matches are not
 * @param leg            1 or 2 when the source names the leg
 * @param time           the local kick-off time, null when the source gives none
 * @param fullTime       after 90 minutes; null (with {@code afterExtraTime}) for a match not played
 * @param afterExtraTime null when the source names no extra time
 * @param penalties      the shoot-out's tally, null when there was none
 * @param goals          every goal with its scorer, or empty when the source lists no scorers
 */
public record ImportedMatch(String source, String round, boolean knockout, Integer leg, LocalDate date,
                            LocalTime time, String homeTeam, String awayTeam, Score halfTime, Score fullTime,
                            Score afterExtraTime, Score penalties, List<ImportedGoal> goals) {

    public ImportedMatch {
        goals = List.copyOf(goals);
    }

    /** The same match with its goals read otherwise (see {@link MinuteReading}). */
    ImportedMatch withGoals(List<ImportedGoal> readGoals) {
        return new ImportedMatch(source, round, knockout, leg, date, time, homeTeam, awayTeam, halfTime, fullTime,
                afterExtraTime, penalties, readGoals);
    }

    boolean played() {
        return fullTime != null || afterExtraTime != null;
    }

    /** How the match is named in messages: "line 42, Liverpool FC v Real Madrid". */
    public String describe() {
        return source + ", " + homeTeam + " v " + awayTeam;
    }
}
