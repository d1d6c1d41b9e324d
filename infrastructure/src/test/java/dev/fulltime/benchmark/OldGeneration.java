package dev.fulltime.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;

/** The old generation's occupancy after a full collection: what the heap really keeps. */
final class OldGeneration {

    private OldGeneration() {
    }

    static double retainedMegabytes() {
        MemoryPoolMXBean old = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getName().contains("Old Gen") || pool.getName().contains("Tenured"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no old generation pool"));
        System.gc();
        System.gc();
        return old.getUsage().getUsed() / (1024.0 * 1024.0);
    }
}
