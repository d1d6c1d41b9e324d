package dev.fulltime.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;

/**
 * OAuth2 bearer tokens (JWT), checked by the decoder Spring Boot builds from
 * {@code spring.security.oauth2.resourceserver.jwt.*}; the roles claim and the principal's claim are mapped by the
 * converter it builds from the same properties (see {@code application-jwt.yml}).
 */
class BearerTokens implements Credentials {

    private final BearerTokenAuthenticationEntryPoint challenges = new BearerTokenAuthenticationEntryPoint();

    @Override
    public void enable(HttpSecurity http, SecurityProblems problems) throws Exception {
        http.oauth2ResourceServer(tokens -> tokens.jwt(Customizer.withDefaults())
                .authenticationEntryPoint(problems)
                .accessDeniedHandler(problems));
    }

    /** {@code Bearer}, with the error and its description when a token was refused (RFC 6750). */
    @Override
    public void challenge(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal) {
        challenges.commence(request, response, refusal);
    }

    @Override
    public String expected() {
        return "an OAuth2 bearer token (a signed JWT)";
    }
}
