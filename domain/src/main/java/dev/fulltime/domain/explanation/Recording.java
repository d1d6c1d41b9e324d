package dev.fulltime.domain.explanation;

import java.time.Instant;
import java.util.Objects;

/** Who recorded an event of a match's log and when, as the log's metadata says; {@code recordedBy} may be unknown. */
public record Recording(String recordedBy, Instant recordedAt) {

    public Recording {
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
