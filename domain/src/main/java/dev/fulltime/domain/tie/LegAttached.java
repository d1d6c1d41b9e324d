package dev.fulltime.domain.tie;

/** A match is leg {@code leg} of the tie. */
public record LegAttached(String tieId, int leg, String matchId) {
}
