package dev.fulltime.application.admin;

import java.util.List;

/** The event store's head (the global index of its last event, {@code null} while it is empty) and every processor. */
public record ProjectionsStatus(Long head, List<ProcessorStatus> processors) {
}
