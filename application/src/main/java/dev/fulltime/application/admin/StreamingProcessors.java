package dev.fulltime.application.admin;

import java.util.Comparator;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

/** The streaming event processors that feed the read models from the event store, in the order of their names. */
@Component
class StreamingProcessors {

    private final EventProcessingConfiguration processing;

    StreamingProcessors(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    List<StreamingEventProcessor> all() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .sorted(Comparator.comparing(EventProcessor::getName))
                .toList();
    }
}
