package dev.fulltime.domain.match;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minute on the match clock as football writes it: {@code "67"}, {@code "45+2"}, {@code "120+1"}.
 * Stoppage time only follows the last minute of a period, so every minute belongs to exactly one period.
 */
public record Minute(int regular, int stoppage) implements Comparable<Minute> {

    public static final int MAX_STOPPAGE = 30;
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,3})(?:\\+(\\d{1,2}))?");

    public Minute {
        if (regular < 1 || regular > Period.EXTRA_TIME_SECOND_HALF.lastMinute()) {
            throw new IllegalArgumentException("minute " + regular + " is not between 1 and 120");
        }
        if (stoppage < 0 || stoppage > MAX_STOPPAGE) {
            throw new IllegalArgumentException("stoppage time +" + stoppage + " is not between +1 and +" + MAX_STOPPAGE);
        }
        if (stoppage > 0 && periodEndingAt(regular).isEmpty()) {
            throw new IllegalArgumentException(
                    "stoppage time only follows minute 45, 90, 105 or 120, not " + regular);
        }
    }

    public static Minute of(int regular) {
        return new Minute(regular, 0);
    }

    public static Minute of(int regular, int stoppage) {
        return new Minute(regular, stoppage);
    }

    /** Reads {@code "67"} or {@code "45+2"}; anything else is refused with a message naming what is wrong. */
    public static Minute parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "minute '" + text + "' is not of the form 67 or 45+2");
        }
        int regular = Integer.parseInt(matcher.group(1));
        int stoppage = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        if (matcher.group(2) != null && stoppage == 0) {
            throw new IllegalArgumentException("minute '" + text + "' has +0 stoppage time");
        }
        return new Minute(regular, stoppage);
    }

    /** The one period this minute can belong to. */
    public Period period() {
        return Arrays.stream(Period.values())
                .filter(Period::isPlayedOnTheClock)
                .filter(p -> regular >= p.firstMinute() && regular <= p.lastMinute())
                .findFirst()
                .orElseThrow();
    }

    public boolean belongsTo(Period period) {
        return period() == period;
    }

    private static Optional<Period> periodEndingAt(int regular) {
        return Arrays.stream(Period.values())
                .filter(Period::isPlayedOnTheClock)
                .filter(p -> p.lastMinute() == regular)
                .findFirst();
    }

    @Override
    public int compareTo(Minute other) {
        int byRegular = Integer.compare(regular, other.regular);
        return byRegular != 0 ? byRegular : Integer.compare(stoppage, other.stoppage);
    }

    @Override
    public String toString() {
        return stoppage == 0 ? Integer.toString(regular) : regular + "+" + stoppage;
    }
}
