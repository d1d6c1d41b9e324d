package dev.fulltime.application.match;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class RecordingConfiguration {

    /** Copies who recorded a command and from which source onto the events it causes. */
    @Bean
    public CorrelationDataProvider recorderCorrelation() {
        return new SimpleCorrelationDataProvider(Recorder.RECORDED_BY, Recorder.SOURCE);
    }

    /** Axon's own correlation and trace identifiers, which a provider bean of our own would otherwise replace. */
    @Bean
    public CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }
}
