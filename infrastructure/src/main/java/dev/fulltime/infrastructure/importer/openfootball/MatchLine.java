package dev.fulltime.infrastructure.importer.openfootball;

import dev.fulltime.infrastructure.importer.openfootball.ScoreNotation.MatchScore;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a match line in either layout openfootball uses, each with an optional kick-off in front and an optional
 * venue ("@ Allianz Arena, München") or note ("[awarded]") behind:
 * <ul>
 *   <li>"21.00  AFC Ajax (NED)  v Rangers FC (SCO)  4-0 (3-0)": teams around a "v", the score (if any) last;</li>
 *   <li>"20.45  Manchester City  0-2  FC Barcelona": the score (or "-") between the teams.</li>
 * </ul>
 */
final class MatchLine {

    private static final Pattern KICK_OFF = Pattern.compile("^(?<hour>\\d{1,2})[.:](?<minute>\\d{2})\\s+");
    private static final Pattern VENUE = Pattern.compile("\\s+@\\s.*$");
    private static final Pattern NOTE = Pattern.compile("\\s+\\[[a-z]+]$");
    private static final Pattern TEAMS_AROUND_V = Pattern.compile(
            "^(?<home>.+?)\\s+v\\s+(?<away>.+?)(?:\\s+(?<score>\\d+-\\d+.*))?$");
    private static final Pattern SCORE_BETWEEN_TEAMS = Pattern.compile(
            "^(?<home>.+?)\\s+(?<score>" + ScoreNotation.SHAPE + ")\\s+(?<away>.+)$");

    private MatchLine() {
    }

    static Optional<Fixture> parse(String content) {
        Matcher kickOff = KICK_OFF.matcher(content);
        LocalTime time = null;
        String rest = content;
        if (kickOff.find()) {
            int hour = Integer.parseInt(kickOff.group("hour"));
            int minute = Integer.parseInt(kickOff.group("minute"));
            if (hour > 23 || minute > 59) {
                return Optional.empty();
            }
            time = LocalTime.of(hour, minute);
            rest = content.substring(kickOff.end());
        }
        rest = NOTE.matcher(VENUE.matcher(rest).replaceFirst("")).replaceFirst("");
        Matcher teams = TEAMS_AROUND_V.matcher(rest);
        if (!teams.matches()) {
            teams = SCORE_BETWEEN_TEAMS.matcher(rest);
            if (!teams.matches()) {
                return Optional.empty();
            }
        }
        return fixture(time, teams);
    }

    private static Optional<Fixture> fixture(LocalTime time, Matcher teams) {
        Optional<String> home = TeamName.of(teams.group("home"));
        Optional<String> away = TeamName.of(teams.group("away"));
        String notation = teams.group("score");
        Optional<MatchScore> score = notation == null ? Optional.of(MatchScore.NOT_PLAYED)
                : ScoreNotation.parse(notation.strip());
        if (home.isEmpty() || away.isEmpty() || score.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Fixture(time, home.get(), away.get(), score.get()));
    }

    /** What one match line says; {@code kickOff} is null when the line gives none. */
    record Fixture(LocalTime kickOff, String homeTeam, String awayTeam, MatchScore score) {
    }
}
