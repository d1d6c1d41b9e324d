package dev.fulltime.infrastructure.config;

import com.fasterxml.jackson.databind.Module;
import dev.fulltime.application.serialization.FulltimeJson;
import dev.fulltime.application.upcasting.EventRevisions;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon stores events, tokens and messages as JSON through its own ObjectMapper, independent of the HTTP API's; the
 * API's mapper only learns to write domain values such as minutes the same way. Every stored payload carries the
 * revision {@link EventRevisions} gives its type, so that older forms can be upcast.
 */
@Configuration
public class SerializationConfiguration {

    @Bean
    @Primary
    public Serializer serializer() {
        return storageSerializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return storageSerializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return storageSerializer();
    }

    @Bean
    public Module fulltimeDomainJsonModule() {
        return FulltimeJson.domainModule();
    }

    private static Serializer storageSerializer() {
        return JacksonSerializer.builder()
                .objectMapper(FulltimeJson.storageMapper())
                .revisionResolver(new EventRevisions())
                .lenientDeserialization()
                .build();
    }
}
