package dev.fulltime.application.live;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.common.Registration;
import org.springframework.stereotype.Component;

/**
 * The live streams on this node, by the topic each watches, and the new states of a topic handed to its streams
 * alone. A change to a topic nobody here watches is neither read nor sent. Finding a topic's streams is one map
 * lookup however many streams are open: Axon's subscription queries walk every subscription on each emission, which
 * with a thousand streams took most of the read-model processor's time (BENCHMARKS.md).
 */
@Component
public class LiveUpdates {

    private final Map<LiveTopic, Set<Consumer<Object>>> streams = new ConcurrentHashMap<>();

    /**
     * Hands the listener every new state of the topic, on the thread that committed it, until the registration is
     * cancelled; the listener must not block.
     */
    public Registration watch(LiveTopic topic, Consumer<Object> listener) {
        streams.compute(topic, (watched, listeners) -> {
            Set<Consumer<Object>> watching = listeners == null ? new CopyOnWriteArraySet<>() : listeners;
            watching.add(listener);
            return watching;
        });
        return () -> {
            boolean[] removed = {false};
            streams.computeIfPresent(topic, (watched, listeners) -> {
                removed[0] = listeners.remove(listener);
                return listeners.isEmpty() ? null : listeners;
            });
            return removed[0];
        };
    }

    public boolean isWatched(LiveTopic topic) {
        return streams.containsKey(topic);
    }

    /** The ids of the topics of this kind that streams on this node watch now. */
    public List<String> watched(String kind) {
        return streams.keySet().stream().filter(topic -> topic.kind().equals(kind)).map(LiveTopic::id).toList();
    }

    /** Reads the topic's state and hands it to the streams watching it, when there are any. */
    public void emit(LiveTopic topic, Supplier<? extends Optional<?>> state) {
        if (isWatched(topic)) {
            state.get().ifPresent(current -> streams.getOrDefault(topic, Set.of())
                    .forEach(stream -> stream.accept(current)));
        }
    }
}
