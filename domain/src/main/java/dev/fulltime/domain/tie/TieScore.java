package dev.fulltime.domain.tie;

/** Goals of a tie's two teams, team A first: the aggregate, or the away goals. */
public record TieScore(int teamA, int teamB) {

    static final TieScore NIL_NIL = new TieScore(0, 0);

    public boolean level() {
        return teamA == teamB;
    }

    TieScore plus(TieScore other) {
        return new TieScore(teamA + other.teamA, teamB + other.teamB);
    }

    boolean teamALeads() {
        return teamA > teamB;
    }
}
