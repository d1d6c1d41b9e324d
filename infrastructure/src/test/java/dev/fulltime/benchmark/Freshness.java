package dev.fulltime.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * From a fact's {@code 201} to its visibility: in the scoreboard ({@code GET /api/matches/{id}} polled for every
 * {@value #PROBE_EVERY}th fact until its version shows) and through the live streams open on every live match.
 */
final class Freshness {

    private static final int PROBE_EVERY = 20;
    private static final long GIVE_UP_NANOS = Duration.ofSeconds(30).toNanos();

    record Result(double rate, Samples scoreboard, Samples sse, long sseMissing) {
    }

    private Freshness() {
    }

    static Result run(Http http, Http streams, String prefix, int matches, int rate, Duration duration)
            throws Exception {
        Samples scoreboard = new Samples();
        Samples sse = new Samples();
        List<LiveMatches.Ack> acks = new CopyOnWriteArrayList<>();
        AtomicLong counter = new AtomicLong();
        ExecutorService probes = Executors.newFixedThreadPool(16);
        try (SseWatch watch = new SseWatch(streams)) {
            LiveMatches live = new LiveMatches(http, prefix, matches, watch::watch);
            live.kickOffAll();
            double achieved = PacedLoad.run(live, rate, duration, ack -> {
                acks.add(ack);
                if (counter.incrementAndGet() % PROBE_EVERY == 0) {
                    probes.execute(() -> probe(http, ack, scoreboard));
                }
            });
            probes.shutdown();
            probes.awaitTermination(1, TimeUnit.MINUTES);
            long missing = collect(watch, acks, sse);
            return new Result(achieved, scoreboard, sse, missing);
        } finally {
            probes.shutdownNow();
        }
    }

    private static void probe(Http http, LiveMatches.Ack ack, Samples scoreboard) {
        while (System.nanoTime() - ack.ackNanos() < GIVE_UP_NANOS) {
            long version = LiveMatches.version(http.get("/api/matches/" + ack.matchId()));
            long now = System.nanoTime();
            if (version >= ack.version()) {
                scoreboard.add(Math.max(0, now - ack.ackNanos()));
                return;
            }
            LockSupport.parkNanos(200_000);
        }
        throw new IllegalStateException(ack + " never showed in the scoreboard");
    }

    /** Waits for the last states to arrive, then answers how many acked versions no stream delivered. */
    private static long collect(SseWatch watch, List<LiveMatches.Ack> acks, Samples sse) {
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
