package dev.fulltime.application.explanation;

/** How a tie stands and how it got there; answered with an empty Optional when there is no such tie. */
public record ExplainTie(String tieId) {
}
