package dev.fulltime.benchmark;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * From a fact's {@code 201} to its visibility: in the scoreboard ({@code GET /api/matches/{id}} read for every
 * {@value #PROBE_EVERY}th fact until its version shows) and through the live streams open on every live match.
 */
final class Freshness {

    private static final int PROBE_EVERY = 100;
    private static final int PROBE_THREADS = 4;
    private static final long MIN_WAIT_NANOS = Duration.ofMillis(1).toNanos();
    private static final long GIVE_UP_NANOS = Duration.ofSeconds(30).toNanos();

    record Result(double rate, Samples scoreboard, Samples sse, long sseMissing) {
    }

    private Freshness() {
    }

    static Result run(Http http, Http streams, String prefix, int matches, int rate, Duration duration)
            throws Exception {
        Samples scoreboard = new Samples();
        Samples sse = new Samples();
        Queue<LiveMatches.Ack> acks = new ConcurrentLinkedQueue<>();
        AtomicLong counter = new AtomicLong();
        ScheduledExecutorService probes = Executors.newScheduledThreadPool(PROBE_THREADS);
        Queue<CompletableFuture<Void>> probed = new ConcurrentLinkedQueue<>();
        try (SseWatch watch = new SseWatch(streams)) {
            LiveMatches live = new LiveMatches(http, prefix, matches, watch::watch);
            live.kickOffAll();
            double achieved = PacedLoad.run(live, rate, duration, ack -> {
                acks.add(ack);
                if (counter.incrementAndGet() % PROBE_EVERY == 0) {
                    CompletableFuture<Void> done = new CompletableFuture<>();
                    probed.add(done);
                    probes.execute(() -> probe(probes, http, ack, scoreboard, done));
                }
            });
            CompletableFuture.allOf(probed.toArray(CompletableFuture[]::new)).get(1, TimeUnit.MINUTES);
            long missing = collect(watch, acks, sse);
            return new Result(achieved, scoreboard, sse, missing);
        } finally {
            probes.shutdownNow();
        }
    }

    /**
     * Reads the fact's scoreboard until its version shows, the next read a quarter of the time elapsed since the
     * {@code 201} later (at least a millisecond): a sample is at most a quarter late, and a fact seen only after
     * seconds costs a few dozen reads, not a thread reading flat out — readers that would compete with the load they
     * measure.
     */
    private static void probe(ScheduledExecutorService probes, Http http, LiveMatches.Ack ack, Samples scoreboard,
            CompletableFuture<Void> done) {
        try {
            long version = LiveMatches.version(http.get("/api/matches/" + ack.matchId()));
            long elapsed = System.nanoTime() - ack.ackNanos();
            if (version >= ack.version()) {
                scoreboard.add(Math.max(0, elapsed));
                done.complete(null);
            } else if (elapsed > GIVE_UP_NANOS) {
                done.completeExceptionally(new IllegalStateException(ack + " never showed in the scoreboard"));
            } else {
                long wait = Math.max(MIN_WAIT_NANOS, elapsed / 4);
                probes.schedule(() -> probe(probes, http, ack, scoreboard, done), wait, TimeUnit.NANOSECONDS);
            }
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
        }
    }

    /** Waits for the last states to arrive, then answers how many acked versions no stream delivered. */
    private static long collect(SseWatch watch, Queue<LiveMatches.Ack> acks, Samples sse) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long missing;
        do {
            missing = acks.stream().filter(ack -> watch.arrival(ack.matchId(), ack.version()) == null).count();
            LockSupport.parkNanos(50_000_000);
        } while (missing > 0 && System.nanoTime() < deadline);
        for (LiveMatches.Ack ack : acks) {
            Long arrival = watch.arrival(ack.matchId(), ack.version());
            if (arrival != null) {
                sse.add(Math.max(0, arrival - ack.ackNanos()));
            }
        }
        return missing;
    }
}
