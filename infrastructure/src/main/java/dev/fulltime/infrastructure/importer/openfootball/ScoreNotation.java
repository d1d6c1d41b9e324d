package dev.fulltime.infrastructure.importer.openfootball;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads openfootball's score notation:
 * <ul>
 *   <li>"4-0" and "4-0 (3-0)": full time, then half time;</li>
 *   <li>"2-3 a.e.t. (1-3, 0-1)": after extra time, then (after 90 minutes, half time); the half time may be
 *       missing, as in "4-1 a.e.t. (3-1, )" or "0-1 a.e.t. (0-0)"; "a.e.t" may lack its final dot;</li>
 *   <li>"4-3 pen. 1-0 a.e.t. (1-0, 1-0)": the shoot-out first, then as above;</li>
 *   <li>"-": a match not played (yet).</li>
 * </ul>
 */
final class ScoreNotation {

    private static final String GOALS = "\\d{1,2}-\\d{1,2}";
    private static final String NOT_PLAYED = "-";

    /** The notation's shape without groups, for finding it between two team names. */
    static final String SHAPE = "(?:" + GOALS + "\\s+pen\\.\\s+)?" + GOALS + "(?:\\s+a\\.e\\.t\\.?)?"
            + "(?:\\s*\\(" + GOALS + "(?:,\\s*(?:" + GOALS + ")?)?\\))?|" + NOT_PLAYED;

    private static final Pattern NOTATION = Pattern.compile("(?:(?<penalties>" + GOALS + ")\\s+pen\\.\\s+)?"
            + "(?<result>" + GOALS + ")(?<extraTime>\\s+a\\.e\\.t\\.?)?"
            + "(?:\\s*\\((?<first>" + GOALS + ")(?<second>,\\s*(?<secondGoals>" + GOALS + ")?)?\\))?");

    private ScoreNotation() {
    }

    static Optional<MatchScore> parse(String notation) {
        if (notation.equals(NOT_PLAYED)) {
            return Optional.of(MatchScore.NOT_PLAYED);
        }
        Matcher score = NOTATION.matcher(notation);
        if (!score.matches()) {
            return Optional.empty();
        }
        ParsedScore penalties = goals(score.group("penalties"));
        ParsedScore result = goals(score.group("result"));
        ParsedScore first = goals(score.group("first"));
        if (score.group("extraTime") != null) {
            return Optional.of(new MatchScore(goals(score.group("secondGoals")), first, result, penalties));
        }
        if (score.group("second") != null) {
            return Optional.empty();
        }
        return Optional.of(new MatchScore(first, result, null, penalties));
    }

    private static ParsedScore goals(String goals) {
        if (goals == null) {
            return null;
        }
        String[] sides = goals.split("-");
        return new ParsedScore(Integer.parseInt(sides[0]), Integer.parseInt(sides[1]));
    }

    /** The scores one notation gives; each may be null. */
    record MatchScore(ParsedScore halfTime, ParsedScore fullTime, ParsedScore afterExtraTime, ParsedScore penalties) {

        static final MatchScore NOT_PLAYED = new MatchScore(null, null, null, null);
    }
}
