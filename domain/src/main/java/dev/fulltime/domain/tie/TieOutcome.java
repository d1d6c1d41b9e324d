package dev.fulltime.domain.tie;

/**
 * A tie as it stands: the aggregate over the legs played so far, the away goals ({@code null} unless the tie
 * uses them: two legs under rules with away goals), and, once it is {@link TieStatus#DECIDED}, who went through,
 * who is eliminated and what decided it ({@code null} while {@link TieStatus#IN_PROGRESS}).
 */
public record TieOutcome(TieScore aggregate, TieScore awayGoals, TieStatus status, String winner,
                         String eliminated, DecidedBy decidedBy) {

    static TieOutcome inProgress(Standing standing) {
        return new TieOutcome(standing.aggregate(), standing.awayGoals(), TieStatus.IN_PROGRESS, null, null, null);
    }

    static TieOutcome decided(Standing standing, String winner, String eliminated, DecidedBy decidedBy) {
        return new TieOutcome(standing.aggregate(), standing.awayGoals(), TieStatus.DECIDED, winner, eliminated,
                decidedBy);
    }
}
