package dev.fulltime.infrastructure.nodes;

import dev.fulltime.application.live.LiveChanges;
import dev.fulltime.application.live.LiveRefresh;
import java.time.Duration;
import org.axonframework.config.EventProcessingConfigurer.PooledStreamingProcessorConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several nodes on one PostgreSQL store: live changes told to every node through LISTEN/NOTIFY, and every
 * processor's segments shared among the nodes up. A node claims its segments for
 * {@code axon.eventhandling.tokenstore.claim-timeout} and extends the claim, and looks for segments to claim, five
 * times within it, so that the segments of a node that died are taken over within about one timeout.
 */
@Configuration
@Conditional(OnPostgres.class)
class NodesConfiguration {

    private static final int CLAIM_TURNS = 5;

    @Bean
    @Primary
    LiveChanges postgresLiveChanges(JdbcTemplate jdbc) {
        return new PostgresLiveChanges(jdbc);
    }

    @Bean
    LiveNotificationListener liveNotificationListener(DataSourceProperties dataSource, LiveRefresh refresh) {
        return new LiveNotificationListener(dataSource, refresh);
    }

    /** Applied by {@code EventProcessingConfiguration} after its own settings. */
    @Bean
    PooledStreamingProcessorConfiguration sharedSegments(
            JdbcTemplate jdbc, @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        long turn = claimTimeout.toMillis() / CLAIM_TURNS;
        FairShareOfSegments fairShare = new FairShareOfSegments(jdbc);
        return (configuration, processor) -> processor.maxSegmentProvider(fairShare)
                .tokenClaimInterval(turn)
                .claimExtensionThreshold(turn);
    }
}
