package dev.fulltime.application.store;

/** A match, tie or competition was to be created under an identifier that is taken. */
public class AlreadyExistsException extends RuntimeException {

    public AlreadyExistsException(String kind, String id) {
        super("a " + kind + " with id " + id + " already exists");
    }
}
