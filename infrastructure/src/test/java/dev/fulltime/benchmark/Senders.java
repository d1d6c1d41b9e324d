package dev.fulltime.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/** Runs {@code senders} threads, each sending its share of {@code total} items; answers the elapsed seconds. */
final class Senders {

    private Senders() {
    }

    /** {@code send} is called with the sender's number for each of its items; a failure fails the run. */
    static double run(int senders, int total, IntConsumer send) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int sender = 0; sender < senders; sender++) {
                int number = sender;
                int share = total / senders + (sender < total % senders ? 1 : 0);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < share; i++) {
                        send.accept(number);
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }
}
