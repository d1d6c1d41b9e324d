package dev.fulltime.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** bcrypt runs once per accepted password and stored hash; every other presentation is compared with its digest. */
class VerifiedPasswordsTest {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final PasswordEncoder passwords = new VerifiedPasswords(new PasswordEncoder() {
        @Override
        public String encode(CharSequence rawPassword) {
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            bcryptChecks.incrementAndGet();
            return bcrypt.matches(rawPassword, encodedPassword);
        }
    });

    @Test
    void anAcceptedPasswordIsCheckedWithBcryptOnce() {
        String stored = bcrypt.encode("s3cret");

        assertThat(passwords.matches("s3cret", stored)).isTrue();
        assertThat(passwords.matches("s3cret", stored)).isTrue();
        assertThat(passwords.matches("s3cret", stored)).isTrue();

        assertThat(bcryptChecks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsRefusedEveryTimeAndNeverRemembered() {
        String stored = bcrypt.encode("s3cret");
        passwords.matches("s3cret", stored);

        assertThat(passwords.matches("guess", stored)).isFalse();
        assertThat(passwords.matches("guess", stored)).isFalse();
        assertThat(passwords.matches("s3cret ", stored)).isFalse();

        assertThat(bcryptChecks).hasValue(4);
        assertThat(passwords.matches("s3cret", stored)).isTrue();
        assertThat(bcryptChecks).hasValue(4);
    }

    @Test
    void aPasswordAcceptedForOneHashIsCheckedAfreshAgainstAnother() {
        String before = bcrypt.encode("s3cret");
        String after = bcrypt.encode("changed");
        passwords.matches("s3cret", before);

        assertThat(passwords.matches("s3cret", after)).isFalse();
        assertThat(passwords.matches("changed", after)).isTrue();
        assertThat(bcryptChecks).hasValue(3);
    }
}
