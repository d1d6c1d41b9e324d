package dev.fulltime.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fulltime.infrastructure.security.ConfiguredUsers.ConfiguredUser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The configured users: bcrypt hashes and known roles only, a malformed entry named at start-up. */
class ConfiguredUsersTest {

    private static final String HASH = "{bcrypt}$2a$10$tS5TIvZ6vZ4IDu3s53zAZeSUG9fdSrmNv69Sgrh8YPEMS6B.jM7Le";

    @Test
    void aUserHasItsHashAndRolesAsAuthorities() {
        var users = new ConfiguredUsers(List.of(new ConfiguredUser("admin", HASH, List.of("ADMIN", "SCORER"))))
                .toUserDetailsService();

        var admin = users.loadUserByUsername("admin");
        assertThat(admin.getPassword()).isEqualTo(HASH);
        assertThat(admin.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_SCORER");
    }

    @Test
    void noUsersIsAllowed() {
        assertThat(new ConfiguredUsers(null).toUserDetailsService().userExists("admin")).isFalse();
    }

    @Test
    void aPasswordThatIsNotABcryptHashIsRefused() {
        assertRefused(new ConfiguredUser("admin", "admin", List.of("ADMIN")), "user 'admin'", "{bcrypt}");
        assertRefused(new ConfiguredUser("admin", "{noop}admin", List.of("ADMIN")), "user 'admin'", "{bcrypt}");
        assertRefused(new ConfiguredUser("admin", null, List.of("ADMIN")), "user 'admin'", "{bcrypt}");
    }

    @Test
    void unknownOrMissingRolesAndBadNamesAreRefused() {
        assertRefused(new ConfiguredUser("admin", HASH, List.of("ROOT")), "user 'admin'", "[ROOT]");
        assertRefused(new ConfiguredUser("admin", HASH, List.of()), "user 'admin'", "roles");
        assertRefused(new ConfiguredUser(" admin", HASH, List.of("ADMIN")), "name");
        assertRefused(new ConfiguredUser("ad:min", HASH, List.of("ADMIN")), "name");
    }

    private static void assertRefused(ConfiguredUser user, String... detail) {
        assertThatThrownBy(() -> new ConfiguredUsers(List.of(user)).toUserDetailsService())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContainingAll(detail)
                .hasMessageStartingWith("fulltime.security.users");
    }
}
