package dev.fulltime.infrastructure.web.problem;

/** Every live stream the server allows is open (429). */
public class TooManyStreamsException extends RuntimeException {

    public TooManyStreamsException(int limit) {
        super("all " + limit + " live streams are open; try again later");
    }
}
