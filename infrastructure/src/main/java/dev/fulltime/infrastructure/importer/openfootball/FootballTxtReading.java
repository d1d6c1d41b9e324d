package dev.fulltime.infrastructure.importer.openfootball;

import dev.fulltime.infrastructure.importer.openfootball.MatchLine.Fixture;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reading of one Football.TXT text, line by line: remembers the competition, stage, round, date and kick-off
 * the lines so far have set, collects the matches, and notes every line it cannot read.
 */
final class FootballTxtReading {

    private static final Pattern COMMENT = Pattern.compile("(?:^|\\s)#.*$");
    private static final String STAGE_MARK = "==";
    private static final String COMPETITION_MARK = "=";

    private final List<ParsedMatch> matches = new ArrayList<>();
    private final List<UnreadableLine> unreadableLines = new ArrayList<>();
    private CompetitionHeader competition;
    private SeasonCalendar calendar = new SeasonCalendar(null);
    private Stage stage = Stage.UNNAMED;
    private Round round;
    private LocalDate date;
    private LocalTime kickOff;
    private boolean lastLineWasMatch;
    private final List<UnreadableLine> openScorerLines = new ArrayList<>();
    private final StringBuilder openScorers = new StringBuilder();

    void read(int lineNumber, String line) {
        String content = COMMENT.matcher(line).replaceFirst("").strip();
        if (!openScorerLines.isEmpty()) {
            continueScorers(lineNumber, line, content);
        } else if (!content.isEmpty() && !understood(lineNumber, line, content)) {
            unreadableLines.add(new UnreadableLine(lineNumber, line));
        }
    }

    ParsedCompetition finish() {
        unreadableLines.addAll(openScorerLines);
        if (!unreadableLines.isEmpty()) {
            throw new FootballTxtParseException(unreadableLines);
        }
        return competition == null
                ? new ParsedCompetition(null, null, matches)
                : new ParsedCompetition(competition.name(), competition.season(), matches);
    }

    private boolean understood(int lineNumber, String line, String content) {
        boolean matchMayOwnScorers = lastLineWasMatch;
        lastLineWasMatch = false;
        if (content.startsWith(STAGE_MARK)) {
            stage = Stage.ofHeading(content.substring(STAGE_MARK.length()));
            return true;
        }
        if (content.startsWith(COMPETITION_MARK)) {
            return readCompetition(content);
        }
        Optional<DateLine> dateLine = DateLine.parse(content);
        if (dateLine.isPresent()) {
            return readDate(dateLine.get());
        }
        Optional<Round> roundHeader = RoundHeader.parse(content, stage);
        if (roundHeader.isPresent()) {
            round = roundHeader.get();
            return true;
        }
        if (matchMayOwnScorers && ScorerLine.opens(content)) {
            lastLineWasMatch = true;
            continueScorers(lineNumber, line, content);
            return true;
        }
        return MatchLine.parse(content).map(fixture -> readMatch(lineNumber, fixture)).orElse(false);
    }

    private boolean readCompetition(String content) {
        Optional<CompetitionHeader> header = CompetitionHeader.parse(content);
        header.ifPresent(found -> {
            competition = found;
            calendar = new SeasonCalendar(found.seasonStartYear());
            stage = Stage.ofCompetition(found.name());
        });
        return header.isPresent();
    }

    private boolean readDate(DateLine dateLine) {
        Optional<LocalDate> found = calendar.dateOf(dateLine);
        found.ifPresent(day -> {
            date = day;
            kickOff = null;
        });
        return found.isPresent();
    }

    private boolean readMatch(int lineNumber, Fixture fixture) {
        if (date == null || round == null) {
            return false;
        }
        if (fixture.kickOff() != null) {
            kickOff = fixture.kickOff();
        }
        matches.add(new ParsedMatch(lineNumber, round.name(), round.leg(), date, kickOff,
                fixture.homeTeam(), fixture.awayTeam(),
                fixture.score().halfTime(), fixture.score().fullTime(),
                fixture.score().afterExtraTime(), fixture.score().penalties(), List.of()));
        lastLineWasMatch = true;
        return true;
    }

    private void continueScorers(int lineNumber, String line, String content) {
        if (content.isEmpty()) {
            return;
        }
        openScorerLines.add(new UnreadableLine(lineNumber, line));
        openScorers.append(openScorers.length() == 0 ? "" : " ").append(content);
        String scorers = openScorers.toString();
        if (!ScorerLine.isClosed(scorers)) {
            return;
        }
        ParsedMatch match = matches.get(matches.size() - 1);
        ScorerLine.parse(scorers, match.homeTeam(), match.awayTeam()).ifPresentOrElse(
                goals -> matches.set(matches.size() - 1, match.withMoreGoals(goals)),
                () -> unreadableLines.addAll(openScorerLines));
        openScorerLines.clear();
        openScorers.setLength(0);
    }
}
