package dev.fulltime.infrastructure.security;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The users of HTTP Basic, from {@code fulltime.security.users}: a name, a bcrypt hash with its {@code {bcrypt}}
 * prefix and roles among ADMIN and SCORER. None by default (every write is then refused); the {@code demo} profile
 * has two. A malformed entry stops the start with a message naming it.
 */
@ConfigurationProperties("fulltime.security")
record ConfiguredUsers(List<ConfiguredUser> users) {

    private static final String BCRYPT = "{bcrypt}";
    private static final Set<String> ROLES = Set.of(SecurityConfiguration.ADMIN, SecurityConfiguration.SCORER);

    ConfiguredUsers {
        users = users == null ? List.of() : List.copyOf(users);
    }

    record ConfiguredUser(String name, String password, List<String> roles) {
    }

    InMemoryUserDetailsManager toUserDetailsService() {
        return new InMemoryUserDetailsManager(users.stream().map(ConfiguredUsers::details).toList());
    }

    private static UserDetails details(ConfiguredUser user) {
        String name = user.name();
        if (name == null || name.isBlank() || !name.equals(name.strip()) || name.contains(":")) {
            throw invalid(name, "a name is required, without surrounding spaces or ':'");
        }
        if (user.password() == null || !user.password().startsWith(BCRYPT)) {
            throw invalid(name, "the password must be a bcrypt hash prefixed with " + BCRYPT);
        }
        List<String> roles = user.roles() == null ? List.of() : user.roles();
        if (roles.isEmpty() || !ROLES.containsAll(roles)) {
            throw invalid(name, "roles must be one or more of " + ROLES + ", not " + roles);
        }
        return User.withUsername(name).password(user.password()).roles(roles.toArray(String[]::new)).build();
    }

    private static IllegalStateException invalid(String name, String problem) {
        return new IllegalStateException("fulltime.security.users: user '" + name + "': " + problem);
    }
}
