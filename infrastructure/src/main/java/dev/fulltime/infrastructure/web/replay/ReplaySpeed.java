package dev.fulltime.infrastructure.web.replay;

import dev.fulltime.infrastructure.web.problem.InvalidRequestException;
import java.time.Duration;

/**
 * How fast a replay plays, in match seconds per real second: 60 plays a match minute a second, 1 plays in real
 * time, 0 as fast as the facts can be sent. It is a whole number up to {@value #FASTEST}, a whole match in a second;
 * anything faster is no replay, and is refused.
 */
record ReplaySpeed(int matchSecondsPerSecond) {

    static final String PARAMETER = "speed";
    static final String DEFAULT = "60";
    static final int FASTEST = 5400;

    /** @throws InvalidRequestException naming the parameter when {@code value} is not a speed */
    static ReplaySpeed parse(String value) {
        int speed;
        try {
            speed = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw refused(value);
        }
        if (speed < 0 || speed > FASTEST) {
            throw refused(value);
        }
        return new ReplaySpeed(speed);
    }

    /** The real time to wait while {@code matchTime} is played. */
    Duration realTime(Duration matchTime) {
        return matchSecondsPerSecond == 0 ? Duration.ZERO : matchTime.dividedBy(matchSecondsPerSecond);
    }

    private static InvalidRequestException refused(String value) {
        return new InvalidRequestException(PARAMETER + " must be a whole number of match seconds per second from 0 "
                + "(as fast as possible) to " + FASTEST + " (a match in a second), not '" + value + "'");
    }
}
