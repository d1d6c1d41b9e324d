package dev.fulltime.infrastructure.web.history;

import dev.fulltime.application.history.HistoryQueries.FindMatchAsOf;
import dev.fulltime.application.history.HistoryQueries.FindMatchAtMinute;
import dev.fulltime.application.history.HistoryQueries.FindMatchAtSequence;
import dev.fulltime.application.history.HistoryQueries.FindPastScoreboard;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.infrastructure.web.problem.InvalidRequestException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The point in the past a read asks for: {@code ?atSequence=N} (the log up to event N), {@code ?atMinute=67} (the
 * match clock, {@code 45+2} allowed) or {@code ?asOf=<ISO-8601 instant>} (what the system knew then). Every refusal
 * names the parameter. A {@code +} sent unencoded in a query string arrives as a space; in a minute ({@code 45+2})
 * or an instant's offset ({@code +01:00}) it is read as the {@code +} it was.
 */
public final class PastParameters {

    private static final String AT_SEQUENCE = "atSequence";
    private static final String AT_MINUTE = "atMinute";
    private static final String AS_OF = "asOf";

    private PastParameters() {
    }

    /**
     * The past scoreboard a match read asks for; empty when it asks for none, that is for the match as it is now.
     *
     * @throws InvalidRequestException when more than one point is given, or one is malformed
     */
    public static Optional<FindPastScoreboard> scoreboard(String matchId, String atSequence, String atMinute,
                                                          String asOf) {
        if (Stream.of(atSequence, atMinute, asOf).filter(Objects::nonNull).count() > 1) {
            throw new InvalidRequestException("give at most one of " + AT_SEQUENCE + ", " + AT_MINUTE + " and "
                    + AS_OF + ": a match is read at one point of its past");
        }
        if (atSequence != null) {
            return Optional.of(new FindMatchAtSequence(matchId, sequence(atSequence)));
        }
        if (atMinute != null) {
            return Optional.of(new FindMatchAtMinute(matchId, minute(atMinute)));
        }
        return Optional.ofNullable(asOf).map(instant -> new FindMatchAsOf(matchId, asOf(instant)));
    }

    /** @throws InvalidRequestException when {@code value} is not an ISO-8601 instant */
    public static Instant asOf(String value) {
        try {
            return Instant.parse(withPlus(value));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(AS_OF + " must be an ISO-8601 instant such as 2023-02-21T21:43:00Z, not '"
                    + value + "'");
        }
    }

    private static String withPlus(String value) {
        return value.replace(' ', '+');
    }

    private static long sequence(String value) {
        long sequence;
        try {
            sequence = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(AT_SEQUENCE + " must be a whole number, not '" + value + "'");
        }
        if (sequence < 0) {
            throw new InvalidRequestException(AT_SEQUENCE + " must be 0 or more, not " + sequence);
        }
        return sequence;
    }

    private static Minute minute(String value) {
        try {
            return Minute.parse(withPlus(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(AT_MINUTE + ": " + e.getMessage());
        }
    }
}
