package dev.fulltime.infrastructure.web.live;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToLongFunction;
import org.axonframework.common.Registration;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;
import reactor.core.scheduler.Schedulers;

/**
 * One client's live stream over one subscription query. Each state is sent as an SSE event whose id is its version,
 * and only when that version is above the last one sent (or the {@code Last-Event-ID} the client came back with), so
 * no version arrives twice or out of order. A comment is sent at every heartbeat. When the client goes, the stream
 * times out or a write fails, the subscription is closed, its topic no longer counted as watched, the heartbeat
 * stopped and the stream's place given back.
 */
final class LiveStream<T> {

    /** The stream lasts as long as the client stays; the heartbeat finds the clients that left. */
    private static final long NO_TIMEOUT = 0L;

    private final String name;
    private final SubscriptionQueryResult<Optional<T>, T> subscription;
    private final Registration watching;
    private final ToLongFunction<T> version;
    private final OpenStreams openStreams;
    private final SseEmitter emitter = new SseEmitter(NO_TIMEOUT);
    private final AtomicBoolean closed = new AtomicBoolean();
    private long lastSent;
    private volatile Future<?> heartbeat;

    LiveStream(String name, SubscriptionQueryResult<Optional<T>, T> subscription, Registration watching,
               ToLongFunction<T> version, long lastEventId, OpenStreams openStreams) {
        this.name = name;
        this.subscription = subscription;
        this.watching = watching;
        this.version = version;
        this.lastSent = lastEventId;
        this.openStreams = openStreams;
    }

    /**
     * Sends the current state, then every update; updates are sent from a worker thread, never from the projection
     * that emitted them, so a slow client cannot hold up a read model.
     */
    SseEmitter start(T current, ScheduledExecutorService clock, Duration every) {
        emitter.onCompletion(this::close);
        emitter.onTimeout(this::close);
        emitter.onError(failure -> close());
        openStreams.streaming(emitter);
        heartbeat = clock.scheduleAtFixedRate(this::beat, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        send(current);
        subscription.updates().publishOn(Schedulers.boundedElastic())
                .subscribe(this::send, failure -> emitter.complete(), emitter::complete);
        return emitter;
    }

    private synchronized void send(T state) {
        long stateVersion = version.applyAsLong(state);
        if (stateVersion > lastSent && write(SseEmitter.event().id(Long.toString(stateVersion)).name(name)
                .data(state, MediaType.APPLICATION_JSON))) {
            lastSent = stateVersion;
        }
    }

    private synchronized void beat() {
        write(SseEmitter.event().comment("heartbeat"));
    }

    /** Writes one event; false when the client has gone, which closes the stream. */
    private boolean write(SseEventBuilder event) {
        if (closed.get()) {
            return false;
        }
        try {
            emitter.send(event);
            return true;
        } catch (IOException | IllegalStateException gone) {
            close();
            return false;
        }
    }

    private void close() {
        if (closed.compareAndSet(false, true)) {
            heartbeat.cancel(false);
            subscription.close();
            watching.cancel();
            openStreams.ended(emitter);
            openStreams.close();
        }
    }
}
