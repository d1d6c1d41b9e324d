package dev.fulltime.infrastructure.importer.openfootball;

import java.util.ArrayList;
import java.util.List;

/** A scorer list being gathered from its lines until the bracket that opened it is closed. */
final class ScorerList {

    private final List<UnreadableLine> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    void add(int lineNumber, String line, String content) {
        lines.add(new UnreadableLine(lineNumber, line));
        text.append(text.length() == 0 ? "" : " ").append(content);
    }

    boolean isOpen() {
        return !lines.isEmpty() && !ScorerLine.isClosed(text());
    }

    String text() {
        return text.toString();
    }

    /** The lines gathered, to be named if the list cannot be read; the list starts afresh. */
    List<UnreadableLine> takeLines() {
        List<UnreadableLine> taken = List.copyOf(lines);
        lines.clear();
        text.setLength(0);
        return taken;
    }
}
