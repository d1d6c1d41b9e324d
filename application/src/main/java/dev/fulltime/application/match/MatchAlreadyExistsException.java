package dev.fulltime.application.match;

public class MatchAlreadyExistsException extends RuntimeException {

    public MatchAlreadyExistsException(String matchId) {
        super("a match with id " + matchId + " already exists");
    }
}
