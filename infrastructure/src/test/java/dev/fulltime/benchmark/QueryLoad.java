package dev.fulltime.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Closed-loop readers over HTTP: each client reads a scoreboard, then a tie, and so on, as fast as answered. */
final class QueryLoad {

    record Result(double perSecond, Samples latencies) {
    }

    private QueryLoad() {
    }

    static Result run(Http http, List<String> matchIds, List<String> tieIds, int clients, Duration duration)
            throws Exception {
        Samples latencies = new Samples();
        AtomicLong reads = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            List<Future<?>> done = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                done.add(pool.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (long n = 0; System.nanoTime() < end; n++) {
                        String path = n % 2 == 0
                                ? "/api/matches/" + matchIds.get(random.nextInt(matchIds.size()))
                                : "/api/ties/" + tieIds.get(random.nextInt(tieIds.size()));
                        long sent = System.nanoTime();
                        http.get(path);
                        latencies.add(System.nanoTime() - sent);
                        reads.incrementAndGet();
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            return new Result(reads.get() / ((System.nanoTime() - start) / 1e9), latencies);
        } finally {
            pool.shutdownNow();
        }
    }
}
