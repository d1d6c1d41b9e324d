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
 * the lines so far have set, collects the matches with their scorers, and notes every line it cannot read.
 */
final class FootballTxtReading {

    private static final Pattern COMMENT = Pattern.compile("(?:^|\\s)#.*$");
    private static final String STAGE_MARK = "==";
    private static final String COMPETITION_MARK = "=";

    private final List<ParsedMatch> matches = new ArrayList<>();
    private final List<UnreadableLine> unreadableLines = new ArrayList<>();
    private final ScorerList scorerList = new ScorerList();
    private CompetitionHeader competition;
    private SeasonCalendar calendar = new SeasonCalendar(null);
    private Stage stage = Stage.OTHER;
    private Round round;
    private LocalDate date;
    private LocalTime kickOff;
    private boolean scorersMayFollow;

    void read(int lineNumber, String line) {
        String content = COMMENT.matcher(line).replaceFirst("").strip();
        if (content.isEmpty()) {
            return;
        }
        if (scorerList.isOpen()) {
            if (!startsAnEntryOfItsOwn(content)) {
                gatherScorers(lineNumber, line, content);
                return;
            }
            unreadableLines.addAll(scorerList.takeLines());
        }
        if (!understood(lineNumber, line, content)) {
            unreadableLines.add(new UnreadableLine(lineNumber, line));
        }
    }

    ParsedCompetition finish() {
        if (scorerList.isOpen()) {
            unreadableLines.addAll(scorerList.takeLines());
        }
        if (!unreadableLines.isEmpty()) {
            throw new FootballTxtParseException(unreadableLines);
        }
        return competition == null
                ? new ParsedCompetition(null, null, matches)
                : new ParsedCompetition(competition.name(), competition.season(), matches);
    }

    private boolean understood(int lineNumber, String line, String content) {
        boolean afterMatch = scorersMayFollow;
        scorersMayFollow = false;
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
        if (afterMatch && ScorerLine.opens(content)) {
            scorersMayFollow = true;
            gatherScorers(lineNumber, line, content);
            return true;
        }
        return MatchLine.parse(content).map(fixture -> readMatch(lineNumber, fixture)).orElse(false);
    }

    private boolean startsAnEntryOfItsOwn(String content) {
        return content.startsWith(COMPETITION_MARK)
                || DateLine.parse(content).isPresent()
                || RoundHeader.parse(content, stage).isPresent()
                || MatchLine.parse(content).isPresent();
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
        scorersMayFollow = true;
        return true;
    }

    private void gatherScorers(int lineNumber, String line, String content) {
        scorerList.add(lineNumber, line, content);
        if (scorerList.isOpen()) {
            return;
        }
        int last = matches.size() - 1;
        ParsedMatch match = matches.get(last);
        Optional<List<ParsedGoal>> goals = ScorerLine.parse(scorerList.text(), match.homeTeam(), match.awayTeam());
        List<UnreadableLine> scorerLines = scorerList.takeLines();
        goals.ifPresentOrElse(found -> matches.set(last, match.withMoreGoals(found)),
                () -> unreadableLines.addAll(scorerLines));
    }
}
