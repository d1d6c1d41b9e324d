package dev.fulltime.application.integrity;

import dev.fulltime.domain.match.event.MatchEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an event's hash covers, and the hash itself: SHA-256 (lowercase hex) over the canonical JSON of the previous
 * event's hash ({@link #GENESIS} before the first event), the payload, its type, its sequence in the stream, when and
 * by whom it was recorded. Any change to one of them changes the hash, and with it every later event's.
 */
public record EventHash(String previousHash, long sequence, MatchEvent payload, Instant recordedAt,
                        String recordedBy) {

    /** The hash that the first event of a stream follows. */
    public static final String GENESIS = "0".repeat(64);

    public String hex() {
        Map<String, Object> covered = new LinkedHashMap<>();
        covered.put("previousHash", previousHash);
        covered.put("sequence", sequence);
        covered.put("type", payload.type().name());
        covered.put("payload", payload);
        covered.put("recordedAt", recordedAt);
        covered.put("recordedBy", recordedBy);
        return HexFormat.of().formatHex(sha256().digest(CanonicalJson.of(covered).getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
