package dev.fulltime.application.live;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.common.Registration;
import org.springframework.stereotype.Component;

/**
 * The topics that live streams on this node watch now, with how many streams watch each. A projected change asks here
 * whether anyone watches its topic, in constant time however many streams are open: Axon's list of subscription
 * queries is walked whole on every look, which with a thousand streams took most of the read-model processor's time
 * (BENCHMARKS.md).
 */
@Component
public class WatchedTopics {

    private final Map<LiveTopic, Integer> streams = new ConcurrentHashMap<>();

    /** Counts one more stream watching the topic, until the registration is cancelled (the first cancel counts). */
    public Registration watch(LiveTopic topic) {
        streams.merge(topic, 1, Integer::sum);
        AtomicBoolean cancelled = new AtomicBoolean();
        return () -> {
            if (!cancelled.compareAndSet(false, true)) {
                return false;
            }
            streams.computeIfPresent(topic, (watched, count) -> count == 1 ? null : count - 1);
            return true;
        };
    }

    public boolean isWatched(LiveTopic topic) {
        return streams.containsKey(topic);
    }

    /** The ids of the topics of this kind that are watched now. */
    public List<String> ids(String kind) {
        return streams.keySet().stream().filter(topic -> topic.kind().equals(kind)).map(LiveTopic::id).toList();
    }
}
