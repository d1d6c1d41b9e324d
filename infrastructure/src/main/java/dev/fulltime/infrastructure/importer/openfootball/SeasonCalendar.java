package dev.fulltime.infrastructure.importer.openfootball;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;

/**
 * Gives date lines their year the way openfootball writes them: a file prints the year on a date only when it
 * differs from the year it printed last ("Wed Sep/14 2011" ... "Wed Dec/7", then in the next group "Wed Sep/14"
 * again, then "Tue Feb/14 2012"), so a date without a year takes the year printed last. Files that print no year
 * at all ("[Tue Feb/14]") take it from the season: July to December in its first year, January to June in its
 * second; where the weekday shows the other year of the season is meant (the August 2020 finals of 2019-20),
 * that one. A date whose weekday fits no such year is refused rather than guessed at.
 */
final class SeasonCalendar {

    private final Integer seasonStartYear;
    private Integer printedYear;

    SeasonCalendar(Integer seasonStartYear) {
        this.seasonStartYear = seasonStartYear;
    }

    Optional<LocalDate> dateOf(DateLine line) {
        if (line.year() != null) {
            printedYear = line.year();
        }
        return candidateYears(line).stream()
                .filter(line.monthDay()::isValidYear)
                .map(line.monthDay()::atYear)
                .filter(date -> line.weekday() == null || date.getDayOfWeek() == line.weekday())
                .findFirst();
    }

    private List<Integer> candidateYears(DateLine line) {
        if (printedYear != null) {
            return List.of(printedYear);
        }
        if (seasonStartYear == null) {
            return List.of();
        }
        boolean firstHalfOfSeason = line.monthDay().getMonth().compareTo(Month.JULY) >= 0;
        return firstHalfOfSeason
                ? List.of(seasonStartYear, seasonStartYear + 1)
                : List.of(seasonStartYear + 1, seasonStartYear);
    }
}
