package dev.fulltime.infrastructure.web.problem;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Checks of single request fields, each refusal naming the field and what it must be. */
public final class RequestFields {

    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_TEXT_LENGTH = 500;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,79}");

    private RequestFields() {
    }

    public static String identifier(String field, String value) {
        if (value == null) {
            throw new InvalidRequestException(field + " is required");
        }
        if (!IDENTIFIER.matcher(value).matches()) {
            throw new InvalidRequestException(field + " must be 1 to 80 letters, digits, '.', '_', ':' or '-', "
                    + "starting with a letter or digit");
        }
        return value;
    }

    public static String requiredName(String field, String value) {
        if (value == null) {
            throw new InvalidRequestException(field + " is required");
        }
        return optionalText(field, value, MAX_NAME_LENGTH);
    }

    public static String optionalName(String field, String value) {
        return optionalText(field, value, MAX_NAME_LENGTH);
    }

    public static String optionalText(String field, String value, int maxLength) {
        if (value != null && (value.isBlank() || value.length() > maxLength || !value.equals(value.strip())
                || value.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidRequestException(field + " must be 1 to " + maxLength
                    + " characters, without control characters or surrounding spaces");
        }
        return value;
    }

    public static Instant optionalInstant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field + " must be an ISO-8601 instant such as 2023-02-21T20:00:00Z");
        }
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidRequestException(field + " is required");
        }
        return value;
    }
}
