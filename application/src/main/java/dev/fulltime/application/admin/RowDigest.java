package dev.fulltime.application.admin;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 digest of rows fed in order. Each value is taken as its text, prefixed by its length (null marked apart
 * from the empty text), so that no two different sequences of rows digest alike by running values together.
 */
final class RowDigest {

    private static final byte NULL = 0;
    private static final byte VALUE = 1;

    private final MessageDigest sha256;

    RowDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    void add(Object[] row) {
        for (Object value : row) {
            if (value == null) {
                sha256.update(NULL);
            } else {
                byte[] text = value.toString().getBytes(StandardCharsets.UTF_8);
                sha256.update(VALUE);
                sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(text.length).array());
                sha256.update(text);
            }
        }
    }

    String hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }
}
