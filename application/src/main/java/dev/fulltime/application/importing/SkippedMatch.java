package dev.fulltime.application.importing;

/**
 * A match of the source that is not recorded in full.
 *
 * @param match   as {@link ImportedMatch#describe()} names it
 * @param matchId null when the match was not created at all
 */
public record SkippedMatch(String match, String matchId, String reason) {
}
