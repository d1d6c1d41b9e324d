package dev.fulltime.infrastructure.config;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every read model is fed by a pooled streaming processor of its own, its token beside it in the same database. */
@Configuration
public class EventProcessingConfiguration {

    @Bean
    public ConfigurerModule pooledStreamingProcessors() {
        return configurer -> configurer.eventProcessing(EventProcessingConfigurer::usingPooledStreamingEventProcessors);
    }
}
