package dev.fulltime.application.tieview;

/**
 * A tie as a live stream shows it. Its version is the sum over its legs of each leg's stream version plus one: it
 * grows with every fact recorded in any leg and with every leg that joins, so it orders the states of the tie.
 */
public record LiveTie(long version, TieSummary tie) {
}
