package dev.fulltime.infrastructure.importer.openfootball;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The "= UEFA Champions League 2022/23" line that opens a file. */
record CompetitionHeader(String name, int seasonStartYear) {

    private static final Pattern HEADER = Pattern.compile("^=\\s*(?<name>.+?)\\s+(?<start>\\d{4})/(?<end>\\d{2})$");

    static Optional<CompetitionHeader> parse(String content) {
        Matcher header = HEADER.matcher(content);
        if (!header.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(header.group("start"));
        if ((start + 1) % 100 != Integer.parseInt(header.group("end"))) {
            return Optional.empty();
        }
        return Optional.of(new CompetitionHeader(header.group("name"), start));
    }

    /** "2022-23" for "2022/23". */
    String season() {
        return seasonStartYear + "-" + String.format("%02d", (seasonStartYear + 1) % 100);
    }
}
