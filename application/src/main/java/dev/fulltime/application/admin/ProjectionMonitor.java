package dev.fulltime.application.admin;

import java.util.List;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** How far each processor has come through the event store. */
@Component
public class ProjectionMonitor {

    private final StreamingProcessors processors;
    private final EventStore eventStore;

    ProjectionMonitor(StreamingProcessors processors, EventStore eventStore) {
        this.processors = processors;
        this.eventStore = eventStore;
    }

    public ProjectionsStatus status() {
        Long head = head();
        return new ProjectionsStatus(head, processors.all().stream()
                .map(processor -> ProcessorStatus.of(processor, head))
                .toList());
    }

    public List<String> processorNames() {
        return processors.all().stream().map(EventProcessor::getName).toList();
    }

    private Long head() {
        TrackingToken token = eventStore.createHeadToken();
        return token == null || token.position().isEmpty() ? null : token.position().getAsLong();
    }
}
