package dev.fulltime.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a password against its stored bcrypt hash once, not on every request: bcrypt costs about 100 ms by design
 * and HTTP Basic sends the password with each request. After a password is accepted, a salted SHA-256 of it is kept
 * beside the stored hash it matched, and later presentations are compared with that digest in constant time. The
 * stored hashes are the keys, so there are at most as many entries as configured users (plus the one Spring Security
 * checks unknown users against), and a changed hash is checked with bcrypt afresh. Only the salted digest of an
 * already accepted password stays in memory, never the password itself.
 */
final class VerifiedPasswords implements PasswordEncoder {

    private final PasswordEncoder stored;
    private final byte[] salt = new byte[32];
    private final Map<String, byte[]> accepted = new ConcurrentHashMap<>();

    VerifiedPasswords(PasswordEncoder stored) {
        this.stored = stored;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return stored.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return stored.matches(rawPassword, encodedPassword);
        }
        byte[] presented = digest(rawPassword);
        byte[] known = accepted.get(encodedPassword);
        if (known != null && MessageDigest.isEqual(known, presented)) {
            return true;
        }
        if (!stored.matches(rawPassword, encodedPassword)) {
            return false;
        }
        accepted.put(encodedPassword, presented);
        return true;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return stored.upgradeEncoding(encodedPassword);
    }

    private byte[] digest(CharSequence rawPassword) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
