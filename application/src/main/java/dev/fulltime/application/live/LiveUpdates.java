package dev.fulltime.application.live;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * Pushes a read model's new state to the subscription queries on this node that watch it. The update is only built
 * when someone is watching.
 */
@Component
public class LiveUpdates {

    private final QueryUpdateEmitter emitter;

    LiveUpdates(QueryUpdateEmitter emitter) {
        this.emitter = emitter;
    }

    /** The queries of this type that streams on this node watch now. */
    public <Q> List<Q> watched(Class<Q> queryType) {
        return emitter.activeSubscriptions().stream()
                .map(subscription -> subscription.getPayload())
                .filter(queryType::isInstance)
                .map(queryType::cast)
                .distinct()
                .toList();
    }

    public <Q, U> void emit(Class<Q> queryType, Predicate<Q> watches, Supplier<Optional<U>> update) {
        if (watched(queryType).stream().anyMatch(watches)) {
            update.get().ifPresent(state -> emitter.emit(queryType, watches, state));
        }
    }
}
