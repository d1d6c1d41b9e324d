package dev.fulltime.benchmark;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Goals at a fixed rate over the live matches (open loop: a fact is due every 1/rate seconds whether or not earlier
 * ones were answered), fact {@code i} to slot {@code i mod matches}, each ack handed to {@code onAck}. When the app
 * cannot keep the rate, facts still waiting at the end are not sent: the rate achieved tells.
 */
final class PacedLoad {

    private static final int IN_FLIGHT = 64;

    private PacedLoad() {
    }

    /** Answers the rate achieved, in acknowledged facts per second. */
    static double run(LiveMatches live, int rate, Duration duration, Consumer<LiveMatches.Ack> onAck)
            throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(IN_FLIGHT);
        AtomicLong acked = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try {
            for (long i = 0; failure.get() == null; i++) {
                long due = start + i * interval;
                if (due >= end) {
                    break;
                }
                LockSupport.parkNanos(due - System.nanoTime());
                int slot = (int) (i % live.size());
                workers.execute(() -> {
                    if (System.nanoTime() > end) {
                        return; // due, but the system fell behind the rate: the run ends on time, unsent
                    }
                    try {
                        onAck.accept(live.sendGoal(slot));
                        acked.incrementAndGet();
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                });
            }
            workers.shutdown();
            if (!workers.awaitTermination(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the paced load did not drain");
            }
        } finally {
            workers.shutdownNow();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a fact failed under paced load", failure.get());
        }
        return acked.get() / ((System.nanoTime() - start) / 1e9);
    }
}
