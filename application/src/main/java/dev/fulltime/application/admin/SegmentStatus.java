package dev.fulltime.application.admin;

import org.axonframework.eventhandling.EventTrackerStatus;

/**
 * One segment of a processor: the global index of the last event it has processed ({@code null} before the first),
 * whether that is the store's head, whether it is replaying events it had processed before a reset, and the error
 * that stopped it.
 */
public record SegmentStatus(int segment, Long position, boolean caughtUp, boolean replaying, String error) {

    static SegmentStatus of(EventTrackerStatus tracker, Long head) {
        Long position = tracker.getCurrentPosition().isPresent() ? tracker.getCurrentPosition().getAsLong() : null;
        boolean reachedHead = head == null || position != null && position >= head;
        String error = tracker.isErrorState() ? String.valueOf(tracker.getError()) : null;
        return new SegmentStatus(tracker.getSegment().getSegmentId(), position, reachedHead && error == null,
                tracker.isReplaying(), error);
    }
}
