package dev.fulltime.infrastructure.web.replay;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The clock replays wait on: a few threads that send each fact when its time comes, so that no request thread ever
 * sleeps through a replay.
 */
@Configuration
class ReplayClockConfiguration {

    static final String REPLAY_CLOCK = "replayClock";
    private static final int THREADS = 4;

    @Bean(name = REPLAY_CLOCK, destroyMethod = "shutdownNow")
    ScheduledExecutorService replayClock() {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("replay-clock-");
        threads.setDaemon(true);
        return Executors.newScheduledThreadPool(THREADS, threads);
    }
}
