package dev.fulltime.infrastructure.importer.openfootball;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One match line of a Football.TXT file, with the scorer line that may follow it.
 *
 * @param lineNumber     the match line's number in the file, counting from 1
 * @param round          normalised round name, e.g. "Group A", "League phase", "Round of 16", "Final"
 * @param leg            1 or 2 when the file names the leg, otherwise null
 * @param time           kick-off; a line without one shares the kick-off of the line above on the same date;
 *                       null when no line of that date gives one
 * @param halfTime       null when the file gives none
 * @param fullTime       after 90 minutes; null for a match not played yet, or when the file gives only the
 *                       score after extra time
 * @param afterExtraTime null when the file names no extra time
 * @param penalties      the shoot-out, null when there was none
 * @param goals          empty when the file lists no scorers
 */
public record ParsedMatch(
        int lineNumber,
        String round,
        Integer leg,
        LocalDate date,
        LocalTime time,
        String homeTeam,
        String awayTeam,
        ParsedScore halfTime,
        ParsedScore fullTime,
        ParsedScore afterExtraTime,
        ParsedScore penalties,
        List<ParsedGoal> goals) {

    public ParsedMatch {
        goals = List.copyOf(goals);
    }

    /** Whether the match belongs to a knockout round (qualifying rounds included), not to a group or league phase. */
    public boolean knockout() {
        return Round.isKnockout(round);
    }

    ParsedMatch withMoreGoals(List<ParsedGoal> moreGoals) {
        List<ParsedGoal> allGoals = new ArrayList<>(goals);
        allGoals.addAll(moreGoals);
        return new ParsedMatch(lineNumber, round, leg, date, time, homeTeam, awayTeam,
                halfTime, fullTime, afterExtraTime, penalties, allGoals);
    }
}
