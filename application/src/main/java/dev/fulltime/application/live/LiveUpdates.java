package dev.fulltime.application.live;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * Pushes a read model's new state to the subscription queries on this node that watch it. The update is only built
 * when a stream here watches its topic.
 */
@Component
public class LiveUpdates {

    private final QueryUpdateEmitter emitter;
    private final WatchedTopics watchedTopics;

    LiveUpdates(QueryUpdateEmitter emitter, WatchedTopics watchedTopics) {
        this.emitter = emitter;
        this.watchedTopics = watchedTopics;
    }

    /** The ids of the topics of this kind that streams on this node watch now. */
    public List<String> watched(String kind) {
        return watchedTopics.ids(kind);
    }

    public <Q, U> void emit(LiveTopic topic, Class<Q> queryType, Predicate<Q> watches, Supplier<Optional<U>> update) {
        if (watchedTopics.isWatched(topic)) {
            update.get().ifPresent(state -> emitter.emit(queryType, watches, state));
        }
    }
}
