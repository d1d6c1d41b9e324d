package dev.fulltime.application.live;

/**
 * Where a projection tells, within its unit of work, that what a topic's live streams show has changed. The streams
 * hear of it only once the unit of work commits: on this node alone ({@link LocalLiveChanges}), or on every node
 * sharing the store.
 */
public interface LiveChanges {

    void changed(LiveTopic topic);
}
