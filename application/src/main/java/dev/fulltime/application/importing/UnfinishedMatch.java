package dev.fulltime.application.importing;

/**
 * A match of the source recorded with every fact the source gives but without its final whistle, because the
 * source stops short of what the rules require before it (see {@link StopsShort}).
 *
 * @param match   as {@link ImportedMatch#describe()} names it
 * @param matchId the id the match is recorded under
 */
public record UnfinishedMatch(String match, String matchId, String reason) {
}
