package dev.fulltime.application.importing;

/**
 * A match of the source that is not recorded in full.
 *
 * @param match   as {@link ImportedMatch#describe()} names it
 * @param matchId the id the match has or would have; null for a fixture that is no match yet
 */
public record SkippedMatch(String match, String matchId, String reason) {
}
