package dev.fulltime.infrastructure.operations;

import dev.fulltime.application.admin.ProjectionMonitor;
import dev.fulltime.application.admin.ProjectionsStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * Publishes each event processor's lag, in events behind the store's head, as the gauge {@value #METRIC} tagged with
 * the processor's name (Prometheus: {@code fulltime_processor_lag_events}). Read at each scrape, never stale.
 */
@Component
class ProcessorLagMetrics implements MeterBinder {

    static final String METRIC = "fulltime.processor.lag";

    private final ProjectionMonitor monitor;

    ProcessorLagMetrics(ProjectionMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        monitor.processorNames().forEach(name -> Gauge.builder(METRIC, () -> lag(name))
                .tag("processorName", name)
                .baseUnit("events")
                .description("events stored that the processor has not handled yet")
                .register(registry));
    }

    private double lag(String name) {
        ProjectionsStatus status = monitor.status();
        return status.processors().stream()
                .filter(processor -> processor.name().equals(name))
                .findFirst()
                .map(processor -> (double) ProcessorLag.of(processor, status.head()))
                .orElse(Double.NaN);
    }
}
