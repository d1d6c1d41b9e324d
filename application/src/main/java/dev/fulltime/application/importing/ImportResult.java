package dev.fulltime.application.importing;

import java.util.List;

/**
 * What an import leaves recorded.
 *
 * @param matches    the matches whose streams hold everything the source says of them, recorded now or before
 * @param ties       the knockout ties the matches make up
 * @param skipped    the matches not recorded in full, each with the reason
 * @param unfinished the matches recorded without a final whistle because the source stops short, with the reason
 */
public record ImportResult(String competitionId, int matches, int ties, List<SkippedMatch> skipped,
                           List<UnfinishedMatch> unfinished) {

    public ImportResult {
        skipped = List.copyOf(skipped);
        unfinished = List.copyOf(unfinished);
    }
}
