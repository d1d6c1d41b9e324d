package dev.fulltime.application.integrity;

import java.time.Instant;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;

/**
 * The hash chain's entries in an event's metadata. The recorder, which the hash covers too, is under its own key
 * ({@code recordedBy}) beside them.
 */
public final class ChainMetaData {

    public static final String HASH = "hash";
    public static final String PREVIOUS_HASH = "previousHash";
    public static final String RECORDED_AT = "recordedAt";

    private ChainMetaData() {
    }

    /** When an event was recorded: as its metadata says, or Axon's own timestamp for an event from before the chain. */
    public static Instant recordedAt(EventMessage<?> event) {
        Object recordedAt = event.getMetaData().get(RECORDED_AT);
        return recordedAt == null ? event.getTimestamp() : Instant.parse(recordedAt.toString());
    }

    /** The event's hash, the hash it follows, and when it was recorded, as an ISO-8601 string. */
    public static MetaData of(EventHash link) {
        return MetaData.with(HASH, link.hex())
                .and(PREVIOUS_HASH, link.previousHash())
                .and(RECORDED_AT, link.recordedAt().toString());
    }
}
