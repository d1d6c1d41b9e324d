package dev.fulltime.infrastructure.importer.openfootball;

/**
 * Reads openfootball's Football.TXT match files (UEFA Champions League, Europa League, Conference League and
 * their qualifying rounds, every season layout from 2011-12 on) into a neutral {@link ParsedCompetition}.
 * Blank lines and "#" comments are skipped; any other line that cannot be read refuses the whole file.
 */
public final class FootballTxtParser {

    /**
     * @throws FootballTxtParseException naming every line that could not be read
     */
    public ParsedCompetition parse(String text) {
        FootballTxtReading reading = new FootballTxtReading();
        String[] lines = text.split("\\R", -1);
        for (int index = 0; index < lines.length; index++) {
            reading.read(index + 1, index == 0 ? withoutByteOrderMark(lines[index]) : lines[index]);
        }
        return reading.finish();
    }

    private static String withoutByteOrderMark(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
