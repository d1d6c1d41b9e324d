package dev.fulltime.domain.match;

/** Names a side by its team, exactly as the team was named when the match was created. */
final class Teams {

    private Teams() {
    }

    static Side sideOf(String team, MatchState state) {
        return state.sideOf(team).orElseThrow(() -> new RuleViolation(Rule.TEAM_NOT_IN_MATCH,
                "'" + team + "' is not in this match: it is " + state.match().homeTeam() + " v "
                        + state.match().awayTeam()));
    }
}
