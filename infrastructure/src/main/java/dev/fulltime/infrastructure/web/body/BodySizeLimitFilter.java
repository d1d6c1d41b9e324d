package dev.fulltime.infrastructure.web.body;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body of the API is at most {@value #MAX_BYTES} bytes (a fact or a creation is well under one kilobyte;
 * the import has its own limit). A larger declared {@code Content-Length} is answered {@code 413} before anything is
 * read; a body without one (chunked) is cut off as soon as it passes the limit, and also answered {@code 413} (see
 * {@link BodyTooLargeException}). Neither Tomcat nor Spring MVC limits bodies they do not parse as forms.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BodySizeLimitFilter extends OncePerRequestFilter {

    public static final int MAX_BYTES = 64 * 1024;
    private static final String IMPORTS = "/api/imports/";

    /** The servlet path, unlike the request URI, is decoded and normalised: {@code /api/imports/../matches} is not. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getServletPath().startsWith(IMPORTS);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value(), BodyTooLargeException.DETAIL);
            return;
        }
        chain.doFilter(new LimitedBodyRequest(request, MAX_BYTES), response);
    }
}
