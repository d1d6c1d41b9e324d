package dev.fulltime.domain.explanation;

import dev.fulltime.domain.match.event.MatchEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A match's log in the order it was appended, with who recorded each event and when, by {@code eventId}. */
public record MatchRecord(List<MatchEvent> events, Map<String, Recording> recordings) {

    public MatchRecord {
        events = List.copyOf(events);
        recordings = Map.copyOf(recordings);
    }

    Optional<Recording> recordingOf(String eventId) {
        return Optional.ofNullable(recordings.get(eventId));
    }
}
