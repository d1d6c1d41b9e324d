package dev.fulltime.infrastructure.history;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Instants between two writes. A write has been recorded once its answer is back, so a moment taken then is after
 * it. The event store keeps recording instants to the millisecond, so the clock is let into a later millisecond
 * before the test writes again: every earlier event is recorded at or before the moment, every later one after it.
 */
final class Moments {

    private Moments() {
    }

    static Instant betweenWrites() {
        Instant moment = Instant.now();
        await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1)).atMost(Duration.ofSeconds(1))
                .until(() -> Instant.now().truncatedTo(ChronoUnit.MILLIS).isAfter(moment));
        return moment;
    }
}
