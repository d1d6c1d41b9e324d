package dev.fulltime.infrastructure.operations;

import dev.fulltime.application.admin.ProcessorStatus;

/** How many events a processor has still to handle: the store's head minus the processor's position. */
final class ProcessorLag {

    private ProcessorLag() {
    }

    static long of(ProcessorStatus processor, Long head) {
        if (head == null || processor.caughtUp()) {
            return 0;
        }
        long position = processor.position() == null ? 0 : processor.position();
        return Math.max(0, head - position);
    }
}
