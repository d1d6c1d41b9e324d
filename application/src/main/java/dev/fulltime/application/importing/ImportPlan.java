package dev.fulltime.application.importing;

import dev.fulltime.domain.competition.CompetitionCreated;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything an import records, worked out before anything is.
 *
 * @param matches    the matches outside knockout ties (group stage, league phase)
 * @param ties       the knockout ties with their legs
 * @param notCreated the source's fixtures that are not matches yet (teams still unknown)
 */
record ImportPlan(CompetitionCreated competition, List<PlannedMatch> matches, List<PlannedTie> ties,
                  List<SkippedMatch> notCreated) {

    ImportPlan {
        matches = List.copyOf(matches);
        ties = List.copyOf(ties);
        notCreated = List.copyOf(notCreated);
    }

    /** The matches to create: outside ties and as legs. */
    int matchCount() {
        return (int) allMatches().count();
    }

    /** The matches planned without their final whistle, because the source stops short. */
    List<UnfinishedMatch> unfinished() {
        return allMatches().filter(match -> match.unfinished() != null)
                .map(match -> new UnfinishedMatch(match.match().describe(), match.matchId(), match.unfinished()))
                .toList();
    }

    private Stream<PlannedMatch> allMatches() {
        return Stream.concat(matches.stream(), ties.stream().flatMap(tie -> tie.legs().stream()));
    }
}
