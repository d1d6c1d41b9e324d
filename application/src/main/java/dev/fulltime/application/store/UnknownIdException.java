package dev.fulltime.application.store;

/** A request names a match, tie or competition that does not exist. */
public class UnknownIdException extends RuntimeException {

    public UnknownIdException(String kind, String id) {
        super("there is no " + kind + " " + id);
    }
}
