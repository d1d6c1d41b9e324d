package dev.fulltime.infrastructure.importer.openfootball;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The cl_finals.txt files name many clubs otherwise than cl.txt and expected-ties.csv do ("Barcelona" for "FC
 * Barcelona"); cl_finals-team-names.csv lists, per season, every name that differs.
 */
final class FinalsTeamNames {

    private FinalsTeamNames() {
    }

    /** For each name of expected-ties.csv that the season's cl_finals.txt writes otherwise, the name it writes. */
    static Map<String, String> ofSeason(String season) {
        return OpenfootballFiles.read("cl_finals-team-names.csv").lines()
                .skip(1)
                .map(row -> row.split(","))
                .filter(columns -> columns[0].equals(season))
                .collect(Collectors.toMap(columns -> columns[2], columns -> columns[1]));
    }
}
