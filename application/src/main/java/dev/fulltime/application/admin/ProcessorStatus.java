package dev.fulltime.application.admin;

import java.util.Comparator;
import java.util.List;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * A processor and the read models it feeds: {@code running}, {@code error} or {@code stopped}; its position, the
 * lowest of its segments' (every event up to it is in the read model); and its progress towards the store's head,
 * from 0 to 1. It has caught up when it runs and every segment it claims has reached the head.
 */
public record ProcessorStatus(String name, String status, Long position, double progress, boolean caughtUp,
                              boolean replaying, List<SegmentStatus> segments) {

    static ProcessorStatus of(StreamingEventProcessor processor, Long head) {
        List<SegmentStatus> segments = processor.processingStatus().values().stream()
                .map(tracker -> SegmentStatus.of(tracker, head))
                .sorted(Comparator.comparingInt(SegmentStatus::segment))
                .toList();
        boolean failed = processor.isError() || segments.stream().anyMatch(segment -> segment.error() != null);
        boolean running = !failed && processor.isRunning();
        boolean caughtUp = running && !segments.isEmpty() && segments.stream().allMatch(SegmentStatus::caughtUp);
        Long position = lowest(segments);
        String status = failed ? "error" : running ? "running" : "stopped";
        return new ProcessorStatus(processor.getName(), status, position, progress(caughtUp, position, head),
                caughtUp, processor.isReplaying(), segments);
    }

    private static Long lowest(List<SegmentStatus> segments) {
        if (segments.isEmpty() || segments.stream().anyMatch(segment -> segment.position() == null)) {
            return null;
        }
        return segments.stream().mapToLong(SegmentStatus::position).min().orElseThrow();
    }

    private static double progress(boolean caughtUp, Long position, Long head) {
        if (caughtUp) {
            return 1;
        }
        if (position == null || head == null || head <= 0) {
            return 0;
        }
        return Math.min(1, (double) position / head);
    }
}
