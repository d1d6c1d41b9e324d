package dev.fulltime.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;

/** HTTP Basic with the users of the configuration ({@link ConfiguredUsers}). */
class BasicCredentials implements Credentials {

    private static final String CHALLENGE = "Basic realm=\"fulltime\", charset=\"UTF-8\"";

    @Override
    public void enable(HttpSecurity http, SecurityProblems problems) throws Exception {
        http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
    }

    @Override
    public void challenge(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal) {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
    }

    @Override
    public String expected() {
        return "HTTP Basic credentials of a configured user";
    }
}
