package dev.fulltime.application.explanation;

/** How a match stands and how it got there; answered with an empty Optional when there is no such match. */
public record ExplainMatch(String matchId) {
}
