package dev.fulltime.application.matchlog;

import dev.fulltime.domain.match.FactType;
import dev.fulltime.domain.match.event.MatchEvent;
import java.time.Instant;

/**
 * One event of a match's log exactly as stored, with the metadata recorded beside it: who recorded it, from which
 * source, when, and its link in the stream's hash chain.
 */
public record LoggedEvent(long sequence, long globalIndex, String eventId, String messageId, FactType type,
                          MatchEvent payload, Instant recordedAt, String recordedBy, String source,
                          String correlationId, String hash, String previousHash) {
}
