package dev.fulltime.infrastructure.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Spring Security's refusals as {@code application/problem+json}, like every other error of the API: {@code 401}
 * (no or refused credentials, with the {@code WWW-Authenticate} challenge), {@code 403} (naming what the user
 * lacks) and {@code 400} for a request the firewall rejects.
 */
@Component
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    private final Credentials credentials;
    private final ObjectMapper json;

    SecurityProblems(Credentials credentials, ObjectMapper json) {
        this.credentials = credentials;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException {
        credentials.challenge(request, response, refusal);
        String detail = refusal instanceof InsufficientAuthenticationException
                ? "this request needs authentication: send " + credentials.expected()
                : "the credentials sent were refused (" + refusal.getMessage() + "); send " + credentials.expected();
        write(response, HttpStatus.UNAUTHORIZED, "Unauthorized", detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Forbidden", forbiddenDetail(refusal));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejection)
            throws IOException {
        write(response, HttpStatus.BAD_REQUEST, "Malformed request",
                "the request was rejected: " + rejection.getMessage());
    }

    private static String forbiddenDetail(AccessDeniedException refusal) {
        if (refusal instanceof AuthorizationDeniedException denied) {
            if (denied.getAuthorizationResult() instanceof ExplainedRefusal explained) {
                return explained.detail();
            }
            if (denied.getAuthorizationResult() instanceof AuthorityAuthorizationDecision needed) {
                var user = SecurityContextHolder.getContext().getAuthentication();
                return "this request needs " + Roles.of(needed.getAuthorities()) + "; "
                        + (user == null ? "the user" : user.getName()) + " has " + Roles.of(user);
            }
        }
        return "the user may not make this request";
    }

    private void write(HttpServletResponse response, HttpStatus status, String title,
                       String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
