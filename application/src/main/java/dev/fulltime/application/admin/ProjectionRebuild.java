package dev.fulltime.application.admin;

import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

/**
 * Rebuilds every read model from the log: each processor is stopped, its tokens reset to the start of the store
 * (which calls its {@code @ResetHandler}s, clearing the read model) and started again, to catch up on its own
 * threads. One rebuild resets at a time; a call while another is resetting is refused rather than queued.
 */
@Component
public class ProjectionRebuild {

    private final StreamingProcessors processors;
    private final Lock resetting = new ReentrantLock();

    ProjectionRebuild(StreamingProcessors processors) {
        this.processors = processors;
    }

    /** Resets every processor that supports it and answers their names; the read models then catch up. */
    public List<String> rebuild() {
        if (!resetting.tryLock()) {
            throw new RebuildInProgressException();
        }
        try {
            List<StreamingEventProcessor> resettable = processors.all().stream()
                    .filter(StreamingEventProcessor::supportsReset)
                    .toList();
            resettable.forEach(ProjectionRebuild::reset);
            return resettable.stream().map(EventProcessor::getName).toList();
        } finally {
            resetting.unlock();
        }
    }

    private static void reset(StreamingEventProcessor processor) {
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }
}
