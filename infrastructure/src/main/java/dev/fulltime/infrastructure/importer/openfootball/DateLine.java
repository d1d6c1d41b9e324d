package dev.fulltime.infrastructure.importer.openfootball;

import java.time.DayOfWeek;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date line: "Wed Sep/7 2022", "Tue Sep/13", "[Tue Feb/14]" or "[Feb/17]". The weekday and the year are
 * optional; a missing year is settled by {@link SeasonCalendar}.
 */
record DateLine(DayOfWeek weekday, MonthDay monthDay, Integer year) {

    private static final Pattern DATE = Pattern.compile(
            "^(?:(?<weekday>Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\s+)?(?<month>[A-Z][a-z]{2})/(?<day>\\d{1,2})(?:\\s+(?<year>\\d{4}))?$");
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    static Optional<DateLine> parse(String content) {
        Matcher date = DATE.matcher(withoutBrackets(content));
        if (!date.matches()) {
            return Optional.empty();
        }
        int month = Arrays.asList(MONTHS).indexOf(date.group("month")) + 1;
        int day = Integer.parseInt(date.group("day"));
        if (month == 0 || day < 1 || day > MonthDay.of(month, 1).getMonth().maxLength()) {
            return Optional.empty();
        }
        String year = date.group("year");
        return Optional.of(new DateLine(weekday(date.group("weekday")), MonthDay.of(month, day),
                year == null ? null : Integer.valueOf(year)));
    }

    private static String withoutBrackets(String content) {
        return content.startsWith("[") && content.endsWith("]") ? content.substring(1, content.length() - 1) : content;
    }

    private static DayOfWeek weekday(String abbreviation) {
        if (abbreviation == null) {
            return null;
        }
        return Arrays.stream(DayOfWeek.values())
                .filter(day -> day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equals(abbreviation))
                .findFirst()
                .orElseThrow();
    }
}
