package dev.fulltime.domain.tie;

/**
 * Where a tie stands at one moment: the aggregate, and the away goals that break a level aggregate
 * ({@code null} when the tie does not use them).
 */
record Standing(TieScore aggregate, TieScore awayGoals) {

    /** Level under the rules: on aggregate and, where they count, on away goals. */
    boolean level() {
        return aggregate.level() && (awayGoals == null || awayGoals.level());
    }

    /** Only asked of a standing that is not level. */
    boolean teamALeads() {
        return aggregate.level() ? awayGoals.teamALeads() : aggregate.teamALeads();
    }

    /** Only asked of a standing that is not level. */
    boolean separatedByAwayGoals() {
        return aggregate.level();
    }
}
