package dev.fulltime.application.integrity;

/** Asks for a match's {@link MatchIntegrity}; no answer when there is no such match. */
public record FindIntegrity(String matchId) {
}
