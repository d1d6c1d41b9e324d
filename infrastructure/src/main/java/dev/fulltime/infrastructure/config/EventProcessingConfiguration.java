package dev.fulltime.infrastructure.config;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer.PooledStreamingProcessorConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read models are fed by one pooled streaming processor ({@code ReadModelProcessing}), its token beside them in
 * the same database. A batch handles up to {@code fulltime.processing.batch-size} events in one transaction (a live
 * fact is not held back waiting for a batch to fill: a batch takes what is there); see BENCHMARKS.md for the measured
 * effect. Settings of other parts (such as the nodes sharing a store) are declared as
 * {@link PooledStreamingProcessorConfiguration} beans and applied after these, since Axon keeps only one default
 * configuration.
 */
@Configuration
public class EventProcessingConfiguration {

    @Bean
    public ConfigurerModule pooledStreamingProcessors(
            @Value("${fulltime.processing.batch-size:100}") int batchSize,
            @Value("${fulltime.processing.segments:2}") int segments,
            ObjectProvider<PooledStreamingProcessorConfiguration> moreSettings) {
        PooledStreamingProcessorConfiguration settings = moreSettings.orderedStream().reduce(
                (configuration, builder) -> builder.batchSize(batchSize).initialSegmentCount(segments),
                PooledStreamingProcessorConfiguration::andThen);
        return configurer -> configurer.eventProcessing(processing ->
                processing.usingPooledStreamingEventProcessors(settings));
    }
}
