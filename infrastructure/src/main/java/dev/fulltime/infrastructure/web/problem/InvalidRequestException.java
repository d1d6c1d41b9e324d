package dev.fulltime.infrastructure.web.problem;

/** A request that is malformed for the API (400): the message names what was wrong. */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String detail) {
        super(detail);
    }
}
