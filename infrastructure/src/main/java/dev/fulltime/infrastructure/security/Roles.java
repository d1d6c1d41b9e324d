package dev.fulltime.infrastructure.security;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The roles among a user's authorities, without the {@code ROLE_} prefix. */
record Roles(Set<String> names) {

    private static final String PREFIX = "ROLE_";

    static Roles of(Authentication user) {
        return user == null ? new Roles(Set.of()) : of(user.getAuthorities());
    }

    static Roles of(Collection<? extends GrantedAuthority> authorities) {
        Set<String> names = new TreeSet<>();
        for (GrantedAuthority authority : authorities) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(PREFIX)) {
                names.add(name.substring(PREFIX.length()));
            }
        }
        return new Roles(names);
    }

    boolean has(String role) {
        return names.contains(role);
    }

    @Override
    public String toString() {
        if (names.isEmpty()) {
            return "no role";
        }
        return (names.size() == 1 ? "the role " : "the roles ") + String.join(", ", names);
    }
}
