package dev.fulltime.benchmark;

import java.time.Duration;
import java.util.List;

/**
 * How big a benchmark run is: {@code -Dbench.size=smoke} (seconds, in every {@code mvn verify}), {@code medium} or
 * {@code full} (the sizes of issue 7). Every dimension can be overridden on its own, e.g. {@code -Dbench.replay.facts}.
 */
record BenchmarkSize(String name, int runs, int matches, int ingestFacts, int senders, int httpFacts, int httpClients,
                     int liveRate, Duration freshnessRun, Duration queryRun, int queryClients, int replayFacts,
                     Duration soak, String phases) {

    static BenchmarkSize fromSystemProperties() {
        String name = System.getProperty("bench.size", "smoke");
        BenchmarkSize preset = switch (name) {
            case "smoke" -> new BenchmarkSize(name, 3, 40, 300, 8, 300, 8, 200, Duration.ofSeconds(2),
                    Duration.ofSeconds(1), 8, 4_000, Duration.ofSeconds(4), "all");
            case "medium" -> new BenchmarkSize(name, 3, 1_000, 10_000, 16, 10_000, 32, 2_000, Duration.ofSeconds(15),
                    Duration.ofSeconds(10), 32, 200_000, Duration.ofSeconds(120), "all");
            case "full" -> new BenchmarkSize(name, 3, 1_000, 30_000, 16, 30_000, 32, 2_000, Duration.ofSeconds(30),
                    Duration.ofSeconds(20), 32, 1_000_000, Duration.ofMinutes(10), "all");
            default -> throw new IllegalArgumentException("bench.size is smoke, medium or full, not " + name);
        };
        return new BenchmarkSize(name, integer("bench.runs", preset.runs), integer("bench.matches", preset.matches),
                integer("bench.ingest.facts", preset.ingestFacts), integer("bench.senders", preset.senders),
                integer("bench.http.facts", preset.httpFacts), integer("bench.http.clients", preset.httpClients),
                integer("bench.live.rate", preset.liveRate),
                seconds("bench.freshness.seconds", preset.freshnessRun),
                seconds("bench.query.seconds", preset.queryRun), integer("bench.query.clients", preset.queryClients),
                integer("bench.replay.facts", preset.replayFacts), seconds("bench.soak.seconds", preset.soak),
                System.getProperty("bench.phases", preset.phases));
    }

    /** Whether the phase (ingest, freshness, query, replay, soak) runs: {@code -Dbench.phases=replay,soak} narrows. */
    boolean includes(String phase) {
        return phases.equals("all") || List.of(phases.split(",")).contains(phase);
    }

    String describe() {
        return "size=%s runs=%d matches=%d ingest=%d facts/run senders=%d http=%d facts/run clients=%d live=%d facts/s"
                .formatted(name, runs, matches, ingestFacts, senders, httpFacts, httpClients, liveRate)
                + " freshness=%ss query=%ss clients=%d replay=%d facts soak=%ss phases=%s".formatted(freshnessRun.toSeconds(),
                queryRun.toSeconds(), queryClients, replayFacts, soak.toSeconds(), phases);
    }

    private static int integer(String property, int preset) {
        return Integer.parseInt(System.getProperty(property, Integer.toString(preset)));
    }

    private static Duration seconds(String property, Duration preset) {
        String value = System.getProperty(property);
        return value == null ? preset : Duration.ofSeconds(Long.parseLong(value));
    }
}
