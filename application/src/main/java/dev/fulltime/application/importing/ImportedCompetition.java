package dev.fulltime.application.importing;

import java.time.ZoneId;
import java.util.List;

/**
 * A whole competition season as a source gives it, before anything is recorded.
 *
 * @param name     e.g. "UEFA Champions League"
 * @param season   written {@code 2022-23}
 * @param timeZone the zone the source's kick-off times are local to
 * @param matches  in the source's order
 */
public record ImportedCompetition(String name, String season, ZoneId timeZone, List<ImportedMatch> matches) {

    public ImportedCompetition {
        matches = List.copyOf(matches);
    }
}
