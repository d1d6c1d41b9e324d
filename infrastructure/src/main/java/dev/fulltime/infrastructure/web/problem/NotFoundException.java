package dev.fulltime.infrastructure.web.problem;

/** The resource a request names does not exist (404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }

    public static NotFoundException match(String matchId) {
        return new NotFoundException("there is no match " + matchId);
    }
}
