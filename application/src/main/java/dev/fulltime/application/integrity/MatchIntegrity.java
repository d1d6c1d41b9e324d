package dev.fulltime.application.integrity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Whether a match's stream is as it was recorded: its hash chain recomputed from the stored events. {@code headHash}
 * is the last event's stored hash; while the stream is valid it is the hash of everything recorded, worth keeping
 * elsewhere to compare against later. {@code firstBrokenSequence} names the first event that breaks the chain.
 */
public record MatchIntegrity(String matchId, boolean valid, int events, String headHash,
                             @JsonInclude(JsonInclude.Include.ALWAYS) Long firstBrokenSequence) {
}
