package dev.fulltime.infrastructure.importer.openfootball;

import java.util.List;
import java.util.stream.Collectors;

/** Refuses a whole Football.TXT file, naming every line that could not be read. */
public class FootballTxtParseException extends RuntimeException {

    private final List<UnreadableLine> unreadableLines;

    public FootballTxtParseException(List<UnreadableLine> unreadableLines) {
        super(describe(unreadableLines));
        this.unreadableLines = List.copyOf(unreadableLines);
    }

    public List<UnreadableLine> unreadableLines() {
        return unreadableLines;
    }

    private static String describe(List<UnreadableLine> lines) {
        return lines.stream()
                .map(line -> "line " + line.lineNumber() + ": " + line.text().strip())
                .collect(Collectors.joining("\n", "Football.TXT has " + lines.size() + " unreadable line(s):\n", ""));
    }
}
