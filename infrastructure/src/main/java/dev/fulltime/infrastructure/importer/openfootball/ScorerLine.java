package dev.fulltime.infrastructure.importer.openfootball;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the scorers listed under a match: home scorers, a ";", then away scorers, in square brackets
 * ({@code [Ronaldo 6' (pen.), 14'; Robben 27' (pen.)]}) or round ones ({@code (Messi 23'(pen.), 108'; Mbappé 80')}),
 * possibly over several lines. A side without goals is "-" or empty ({@code [-; Ramos 16', 20']}); without a ";"
 * every goal is the home team's ({@code [Reus 24', 37']}). Minutes may carry stoppage time ("90+4'") and a
 * "(pen.)" or "(o.g.)" mark. Goals are credited to the side they are listed under.
 */
final class ScorerLine {

    private static final String MINUTE = "\\d{1,3}(?:\\+\\d{1,2})?'(?:\\s*\\((?:pen\\.|o\\.g\\.)\\))?";
    private static final Pattern SCORER = Pattern.compile(
            "(?<player>[^\\d;,()\\[\\]\\s][^\\d;,()\\[\\]]*?)\\s*(?<minutes>" + MINUTE + "(?:\\s*,\\s*" + MINUTE + ")*)");
    private static final Pattern GOAL = Pattern.compile(
            "(?<minute>\\d{1,3})(?:\\+(?<stoppage>\\d{1,2}))?'(?:\\s*\\((?<mark>pen\\.|o\\.g\\.)\\))?");
    private static final Pattern SEPARATOR = Pattern.compile("[\\s,]*");
    private static final String NO_GOALS = "-";

    private ScorerLine() {
    }

    /** Whether a line opens a scorer list. */
    static boolean opens(String content) {
        return content.startsWith("[") || content.startsWith("(");
    }

    /** Whether a scorer list, gathered from one line or more, has been closed with the bracket that opened it. */
    static boolean isClosed(String scorers) {
        return scorers.length() > 1 && scorers.charAt(scorers.length() - 1) == (scorers.startsWith("[") ? ']' : ')');
    }

    static Optional<List<ParsedGoal>> parse(String scorers, String homeTeam, String awayTeam) {
        if (!opens(scorers) || !isClosed(scorers)) {
            return Optional.empty();
        }
        String[] sides = scorers.substring(1, scorers.length() - 1).split(";", -1);
        if (sides.length > 2) {
            return Optional.empty();
        }
        List<ParsedGoal> goals = new ArrayList<>();
        boolean readable = readSide(sides[0], homeTeam, goals) && (sides.length == 1 || readSide(sides[1], awayTeam, goals));
        return readable ? Optional.of(goals) : Optional.empty();
    }

    private static boolean readSide(String side, String team, List<ParsedGoal> goals) {
        String scorers = side.strip();
        if (scorers.isEmpty() || scorers.equals(NO_GOALS)) {
            return true;
        }
        Matcher separator = SEPARATOR.matcher(scorers);
        Matcher scorer = SCORER.matcher(scorers);
        int position = 0;
        while (position < scorers.length()) {
            scorer.region(position, scorers.length());
            if (!scorer.lookingAt()) {
                return false;
            }
            addGoals(team, scorer.group("player").strip(), scorer.group("minutes"), goals);
            separator.region(scorer.end(), scorers.length());
            separator.lookingAt();
            position = separator.end();
        }
        return true;
    }

    private static void addGoals(String team, String player, String minutes, List<ParsedGoal> goals) {
        Matcher goal = GOAL.matcher(minutes);
        while (goal.find()) {
            String stoppage = goal.group("stoppage");
            String mark = goal.group("mark");
            goals.add(new ParsedGoal(team, player, Integer.valueOf(goal.group("minute")),
                    stoppage == null ? null : Integer.valueOf(stoppage), "pen.".equals(mark), "o.g.".equals(mark)));
        }
    }
}
