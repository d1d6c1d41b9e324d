package dev.fulltime.infrastructure.web.match;

import dev.fulltime.infrastructure.web.problem.InvalidRequestException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the stream version a conditional append expects from an {@code If-Match: "7"} header. */
final class IfMatch {

    private static final Pattern VERSION = Pattern.compile("\"(\\d{1,18})\"|(\\d{1,18})");

    private IfMatch() {
    }

    static Long expectedVersion(String header) {
        if (header == null) {
            return null;
        }
        Matcher matcher = VERSION.matcher(header.strip());
        if (!matcher.matches()) {
            throw new InvalidRequestException("If-Match must be a stream version such as \"7\", not " + header);
        }
        return Long.parseLong(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }
}
