package dev.fulltime.infrastructure.web.live;

import dev.fulltime.infrastructure.web.problem.TooManyStreamsException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Counts the live streams open now, published as the gauge {@value #METRIC}, and keeps them within the limit. When the
 * app shuts down it ends every stream, so a graceful shutdown does not wait for clients that never leave.
 */
@Component
public class OpenStreams implements ApplicationListener<ContextClosedEvent> {

    static final String METRIC = "fulltime.live.streams.open";

    private final int limit;
    private final AtomicInteger open = new AtomicInteger();
    private final Set<SseEmitter> streaming = ConcurrentHashMap.newKeySet();

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

    /** Remembers a stream that has started, to end it at shutdown. */
    void streaming(SseEmitter stream) {
        streaming.add(stream);
    }

    /** Forgets a stream that has ended. */
    void ended(SseEmitter stream) {
        streaming.remove(stream);
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent shutdown) {
        streaming.forEach(SseEmitter::complete);
    }

    public int count() {
        return open.get();
    }
}
