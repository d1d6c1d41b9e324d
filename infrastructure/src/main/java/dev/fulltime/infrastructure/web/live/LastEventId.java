package dev.fulltime.infrastructure.web.live;

import dev.fulltime.infrastructure.web.problem.InvalidRequestException;

/**
 * The last version a reconnecting client received: the {@code Last-Event-ID} header an EventSource sends, or the
 * {@code lastEventId} parameter for clients that cannot set headers. None means the client has nothing yet.
 */
final class LastEventId {

    static final String HEADER = "Last-Event-ID";
    static final String PARAMETER = "lastEventId";
    static final long NONE = -1;

    private LastEventId() {
    }

    static long of(String header, String parameter) {
        String value = header != null ? header : parameter;
        if (value == null) {
            return NONE;
        }
        try {
            long version = Long.parseLong(value.strip());
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new InvalidRequestException(HEADER + " must be a stream version, a whole number from 0");
    }
}
