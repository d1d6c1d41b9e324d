package dev.fulltime.infrastructure.importer.openfootball;

import java.util.List;

/**
 * A Football.TXT file read in full.
 *
 * @param name    as the header names it, e.g. "UEFA Champions League"; null if the file has no header
 * @param season  e.g. "2022-23"; null if the file has no header
 * @param matches in file order
 */
public record ParsedCompetition(String name, String season, List<ParsedMatch> matches) {

    public ParsedCompetition {
        matches = List.copyOf(matches);
    }
}
