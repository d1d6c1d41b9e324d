package dev.fulltime.domain.tie;

import java.util.Optional;

/**
 * Who has won a tie and by what, read stage by stage from the deciding match: its 90 minutes, then extra time,
 * then the shoot-out. Empty while the tie is still level after what has been played.
 */
record Verdict(boolean teamAWins, DecidedBy decidedBy) {

    /** Asked only of a tie whose deciding match is listed. */
    static Optional<Verdict> reached(Tie tie) {
        LegResult match = tie.lastMatch();
        Standing afterNinety = tie.standingWithLastMatchAt(match.afterNinety());
        if (!afterNinety.level()) {
            return Optional.of(from(afterNinety,
                    tie.format() == TieFormat.SINGLE_MATCH ? DecidedBy.SCORE : DecidedBy.AGGREGATE));
        }
        if (match.extraTimePlayed()) {
            Standing afterExtraTime = tie.standingWithLastMatchAt(match.afterExtraTime());
            if (!afterExtraTime.level()) {
                return Optional.of(from(afterExtraTime, DecidedBy.EXTRA_TIME));
            }
        }
        if (match.penalties() != null && !match.penalties().level()) {
            return Optional.of(new Verdict(tie.inTeamOrder(match, match.penalties()).teamALeads(),
                    DecidedBy.PENALTIES));
        }
        return Optional.empty();
    }

    private static Verdict from(Standing standing, DecidedBy onGoals) {
        return new Verdict(standing.teamALeads(),
                standing.separatedByAwayGoals() ? DecidedBy.AWAY_GOALS : onGoals);
    }
}
