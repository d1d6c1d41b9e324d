package dev.fulltime.infrastructure.importer.openfootball;

import java.util.Locale;

/**
 * The part of a competition a "== Group" / "== Finals" heading opens. Only some round headers need it:
 * a bare "Matchday 3" (group or league phase?) and "Playoffs" (qualifying play-off or knockout play-offs?).
 */
enum Stage {
    QUALIFYING, GROUP, LEAGUE, FINALS, UNNAMED;

    static Stage ofHeading(String heading) {
        String name = heading.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("quali")) {
            return QUALIFYING;
        }
        if (name.startsWith("group")) {
            return GROUP;
        }
        if (name.startsWith("league")) {
            return LEAGUE;
        }
        return name.startsWith("finals") || name.startsWith("knockout") ? FINALS : UNNAMED;
    }

    /** Qualifying-only files say so in their header, e.g. "= UEFA Champions League - Quali 2024/25". */
    static Stage ofCompetition(String competitionName) {
        return competitionName.toLowerCase(Locale.ROOT).contains("quali") ? QUALIFYING : UNNAMED;
    }
}
