package dev.fulltime.infrastructure.support;

import java.util.ArrayList;
import java.util.List;

/** Reads the lines of a {@code text/event-stream} into its complete events; comments (heartbeats) are skipped. */
public final class SseLines {

    private SseLines() {
    }

    /** One event as sent: its {@code id} and {@code event} name (null when absent) and its data lines joined. */
    public record RawEvent(String id, String name, String data) {
    }

    public static List<RawEvent> events(List<String> lines) {
        List<RawEvent> events = new ArrayList<>();
        String id = null;
        String name = null;
        StringBuilder data = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                if (!data.isEmpty()) {
                    events.add(new RawEvent(id, name, data.toString()));
                }
                id = null;
                name = null;
                data.setLength(0);
            } else if (line.startsWith("id:")) {
                id = field(line);
            } else if (line.startsWith("event:")) {
                name = field(line);
            } else if (line.startsWith("data:")) {
                data.append(data.isEmpty() ? "" : "\n").append(field(line));
            }
        }
        return events;
    }

    private static String field(String line) {
        String value = line.substring(line.indexOf(':') + 1);
        return value.startsWith(" ") ? value.substring(1) : value;
    }
}
