package dev.fulltime.application.integrity;

import dev.fulltime.domain.match.event.MatchEvent;
import java.time.Instant;

/** An event as read back from the store: what its hash covers, and the hashes its metadata claims. */
public record StoredLink(long sequence, MatchEvent payload, Instant recordedAt, String recordedBy, String hash,
                         String previousHash) {

    /** A row whose payload or metadata no longer reads as an event: it cannot be part of the chain. */
    public static StoredLink unreadable(long sequence) {
        return new StoredLink(sequence, null, null, null, null, null);
    }

    /** Whether this event claims to follow {@code hashBefore} and its hash is what its content recomputes to. */
    boolean follows(String hashBefore) {
        return payload != null && hashBefore.equals(previousHash)
                && new EventHash(hashBefore, sequence, payload, recordedAt, recordedBy).hex().equals(hash);
    }
}
