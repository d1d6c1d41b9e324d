package dev.fulltime.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;

/** The kind of credentials a request proves its user with: HTTP Basic by default, bearer tokens with {@code jwt}. */
interface Credentials {

    /** Turns this kind of authentication on, its refusals answered by {@code problems}. */
    void enable(HttpSecurity http, SecurityProblems problems) throws Exception;

    /** Sets the {@code WWW-Authenticate} challenge of a {@code 401}. */
    void challenge(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal);

    /** What a request must send, for the detail of a {@code 401}. */
    String expected();
}
