package dev.fulltime.infrastructure.web.live;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/** The live streams' settings and the clock their heartbeats are sent on. */
@Configuration
@EnableConfigurationProperties(LiveStreamSettings.class)
class LiveStreamConfiguration {

    static final String HEARTBEAT_CLOCK = "liveHeartbeatClock";
    private static final int THREADS = 2;

    @Bean(name = HEARTBEAT_CLOCK, destroyMethod = "shutdownNow")
    ScheduledExecutorService liveHeartbeatClock() {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("live-heartbeat-");
        threads.setDaemon(true);
        return Executors.newScheduledThreadPool(THREADS, threads);
    }
}
