package dev.fulltime.infrastructure.web.replay;

import dev.fulltime.application.history.MatchReplay;
import dev.fulltime.application.history.ReplayFrame;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

/**
 * One replay streamed to one client: each fact sent as an SSE event {@code fact} (its id the fact's sequence) once
 * the match time before it has passed at the replay's speed, then an {@code end} event with the scoreboard now, then
 * the stream completes. Every wait is a task scheduled on the replay clock; the playback stops when the client goes
 * away or the emitter times out.
 */
final class ReplayPlayback {

    /** Time allowed beyond the replay's own length before the stream is given up. */
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final MatchReplay replay;
    private final ReplaySpeed speed;
    private final ScheduledExecutorService clock;
    private final SseEmitter emitter;
    private volatile Future<?> next;
    private volatile boolean stopped;

    ReplayPlayback(MatchReplay replay, ReplaySpeed speed, ScheduledExecutorService clock) {
        this.replay = replay;
        this.speed = speed;
        this.clock = clock;
        this.emitter = new SseEmitter(length().plus(GRACE).toMillis());
    }

    /** Schedules the first fact and returns the stream the client reads. */
    SseEmitter start() {
        emitter.onCompletion(this::stop);
        emitter.onTimeout(this::stop);
        emitter.onError(failure -> stop());
        playFrom(0);
        return emitter;
    }

    private void playFrom(int index) {
        if (stopped) {
            return;
        }
        if (index == frames().size()) {
            next = clock.submit(this::end);
            return;
        }
        ReplayFrame frame = frames().get(index);
        next = clock.schedule(() -> {
            if (send(SseEmitter.event().id(Long.toString(frame.fact().sequence())).name("fact")
                    .data(new ReplayedFact(frame.fact(), frame.scoreboard()), MediaType.APPLICATION_JSON))) {
                playFrom(index + 1);
            }
        }, speed.realTime(frame.matchTimeBefore()).toNanos(), TimeUnit.NANOSECONDS);
    }

    private void end() {
        if (send(SseEmitter.event().name("end").data(replay.scoreboard(), MediaType.APPLICATION_JSON))) {
            emitter.complete();
        }
    }

    /** Sends one event; false when the client has gone away, which stops the playback. */
    private boolean send(SseEventBuilder event) {
        try {
            emitter.send(event);
            return true;
        } catch (IOException | IllegalStateException gone) {
            stop();
            return false;
        }
    }

    private void stop() {
        stopped = true;
        Future<?> pending = next;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    private Duration length() {
        return frames().stream().map(frame -> speed.realTime(frame.matchTimeBefore()))
                .reduce(Duration.ZERO, Duration::plus);
    }

    private List<ReplayFrame> frames() {
        return replay.frames();
    }
}
