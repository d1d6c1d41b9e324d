package dev.fulltime.infrastructure.operations;

import dev.fulltime.application.admin.ProcessorStatus;
import dev.fulltime.application.admin.ProjectionMonitor;
import dev.fulltime.application.admin.ProjectionsStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The event processors in {@code /actuator/health} (as {@code eventProcessors}): down when one has failed or stopped,
 * up otherwise, with each one's position, lag behind the store's head and whether it has caught up. A processor that
 * is behind, replaying or rebuilding is healthy: it is working.
 */
@Component("eventProcessors")
class ProcessorsHealthIndicator implements HealthIndicator {

    private final ProjectionMonitor monitor;

    ProcessorsHealthIndicator(ProjectionMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public Health health() {
        ProjectionsStatus status = monitor.status();
        Map<String, Object> details = new LinkedHashMap<>();
        boolean allRunning = true;
        for (ProcessorStatus processor : status.processors()) {
            allRunning &= "running".equals(processor.status());
            details.put(processor.name(), describe(processor, status.head()));
        }
        return (allRunning ? Health.up() : Health.down()).withDetails(details).build();
    }

    private static Map<String, Object> describe(ProcessorStatus processor, Long head) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", processor.status());
        details.put("caughtUp", processor.caughtUp());
        details.put("replaying", processor.replaying());
        details.put("segments", processor.segments().size());
        details.put("lag", ProcessorLag.of(processor, head));
        return details;
    }
}
