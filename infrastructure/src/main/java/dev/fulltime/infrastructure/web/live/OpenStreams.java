package dev.fulltime.infrastructure.web.live;

import dev.fulltime.infrastructure.web.problem.TooManyStreamsException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Counts the live streams open now, published as the gauge {@value #METRIC}, and keeps them within the limit. */
@Component
public class OpenStreams {

    static final String METRIC = "fulltime.live.streams.open";

    private final int limit;
    private final AtomicInteger open = new AtomicInteger();

    OpenStreams(LiveStreamSettings settings, MeterRegistry registry) {
        this.limit = settings.maxOpenStreams();
        Gauge.builder(METRIC, open, AtomicInteger::get).description("live streams open now").register(registry);
    }

    /** Takes a place for one more stream, or refuses when every place is taken. */
    void open() {
        if (open.getAndUpdate(count -> count < limit ? count + 1 : count) >= limit) {
            throw new TooManyStreamsException(limit);
        }
    }

    /** Gives back the place of a stream that has closed. */
    void close() {
        open.decrementAndGet();
    }

    public int count() {
        return open.get();
    }
}
