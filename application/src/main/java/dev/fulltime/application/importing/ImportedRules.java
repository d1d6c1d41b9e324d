package dev.fulltime.application.importing;

import dev.fulltime.domain.tie.CompetitionRules;
import java.util.List;

/**
 * The rules an imported competition's ties are decided by, since sources do not state them. UEFA's club
 * competitions (named "UEFA ...", or by one of their names, as older files write "Europa League") follow
 * {@link CompetitionRules#uefaClubCompetition}, away goals included up to 2020-21. Any other competition gets what
 * most cups play today: no away goals, extra time, then penalties.
 */
final class ImportedRules {

    private static final String UEFA = "UEFA";
    private static final List<String> UEFA_CLUB_COMPETITIONS =
            List.of("Champions League", "Europa League", "Conference League");
    private static final CompetitionRules WITHOUT_AWAY_GOALS = new CompetitionRules(false, true, true);

    private ImportedRules() {
    }

    /** @throws Contradiction when a UEFA season is not written like 2022-23 */
    static CompetitionRules of(String name, String season) {
        boolean uefa = name.startsWith(UEFA) || UEFA_CLUB_COMPETITIONS.stream().anyMatch(name::contains);
        if (!uefa) {
            return WITHOUT_AWAY_GOALS;
        }
        try {
            return CompetitionRules.uefaClubCompetition(season);
        } catch (IllegalArgumentException e) {
            throw new Contradiction(e.getMessage());
        }
    }
}
