package dev.fulltime.domain.tie;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A football season spanning two calendar years, written {@code 2020-21} or {@code 2020/21}. */
record Season(int startYear) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})[-/](\\d{2})");

    /** Reads {@code 2020-21} or {@code 2020/21}; anything else is refused with a message naming what is wrong. */
    static Season parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("season '" + text + "' is not written like 2020-21 or 2020/21");
        }
        int startYear = Integer.parseInt(matcher.group(1));
        int expectedEnd = (startYear + 1) % 100;
        if (Integer.parseInt(matcher.group(2)) != expectedEnd) {
            throw new IllegalArgumentException("season '" + text + "' must end the year after it starts: "
                    + startYear + "-" + String.format("%02d", expectedEnd));
        }
        return new Season(startYear);
    }
}
