package dev.fulltime.infrastructure.importer.openfootball;

import java.util.Locale;

/**
 * The part of a competition a "== Qualifying" / "== Group" / "== Finals" heading opens. Only two round headers
 * need it: a bare "Matchday 3" (group stage or league phase?) and "Playoffs" (qualifying play-off round or
 * knockout play-offs?).
 */
enum Stage {
    QUALIFYING, GROUP, LEAGUE, OTHER;

    static Stage ofHeading(String heading) {
        String name = heading.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("quali")) {
            return QUALIFYING;
        }
        if (name.startsWith("group")) {
            return GROUP;
        }
        return name.startsWith("league") ? LEAGUE : OTHER;
    }

    /** Qualifying-only files say so in their header, e.g. "= UEFA Champions League - Quali 2024/25". */
    static Stage ofCompetition(String competitionName) {
        return competitionName.toLowerCase(Locale.ROOT).contains("quali") ? QUALIFYING : OTHER;
    }
}
