package dev.fulltime.application.match;

/** A conditional append found the stream at another version than the sender expected. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String matchId, long expected, long actual) {
        super("match " + matchId + " is at version " + actual + ", not " + expected);
    }
}
