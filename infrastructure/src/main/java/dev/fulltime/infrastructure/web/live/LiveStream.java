package dev.fulltime.infrastructure.web.live;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToLongFunction;
import org.axonframework.common.Registration;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;
import reactor.core.scheduler.Schedulers;

/**
 * One client's live stream of one topic. Each state is sent as an SSE event whose id is its version, and only when
 * that version is above the last one sent (or the {@code Last-Event-ID} the client came back with), so no version
 * arrives twice or out of order. New states are handed over on the projection's thread and sent from a worker; while
 * one is being sent, newer ones replace each other, so a slow client gets the latest state rather than a growing
 * backlog, and never holds up a read model. A comment is sent at every heartbeat. When the client goes, the stream
 * times out or a write fails, the topic is no longer watched, the heartbeat stopped and the stream's place given back.
 */
final class LiveStream<T> {

    /** The stream lasts as long as the client stays; the heartbeat finds the clients that left. */
    private static final long NO_TIMEOUT = 0L;

    private final String name;
    private final Class<T> type;
    private final ToLongFunction<T> version;
    private final OpenStreams openStreams;
    private final SseEmitter emitter = new SseEmitter(NO_TIMEOUT);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicReference<T> pending = new AtomicReference<>();
    private long lastSent;
    private volatile Registration watching;
    private volatile boolean started;
    private volatile Future<?> heartbeat;

    LiveStream(String name, Class<T> type, ToLongFunction<T> version, long lastEventId, OpenStreams openStreams) {
        this.name = name;
        this.type = type;
        this.version = version;
        this.lastSent = lastEventId;
        this.openStreams = openStreams;
    }

    /** Sends the current state, then every state offered, until the stream closes and cancels {@code watching}. */
    SseEmitter start(T current, Registration watching, ScheduledExecutorService clock, Duration every) {
        this.watching = watching;
        emitter.onCompletion(this::close);
        emitter.onTimeout(this::close);
        emitter.onError(failure -> close());
        openStreams.streaming(emitter);
        heartbeat = clock.scheduleAtFixedRate(this::beat, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        send(current);
        started = true;
        if (pending.get() != null) {
            Schedulers.boundedElastic().schedule(this::sendPending);
        }
        return emitter;
    }

    /**
     * A new state of the topic: kept as the next to send, and a worker asked to send it unless one is on its way or
     * the stream has not started (it then sends what was offered meanwhile).
     */
    void offer(Object state) {
        if (pending.getAndSet(type.cast(state)) == null && started) {
            Schedulers.boundedElastic().schedule(this::sendPending);
        }
    }

    private void sendPending() {
        T state = pending.getAndSet(null);
        if (state != null) {
            send(state);
        }
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
            watching.cancel();
            openStreams.ended(emitter);
            openStreams.close();
        }
    }
}
