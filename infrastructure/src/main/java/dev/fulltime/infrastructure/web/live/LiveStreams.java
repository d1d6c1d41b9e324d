package dev.fulltime.infrastructure.web.live;

import dev.fulltime.infrastructure.web.problem.NotFoundException;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.ToLongFunction;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Opens live streams: takes a place within the limit, subscribes to the query (updates are buffered from the moment
 * of subscribing, so none is lost between the current state and the first update) and answers 404 before the stream
 * starts when the query names nothing.
 */
@Component
class LiveStreams {

    private final QueryGateway queryGateway;
    private final OpenStreams openStreams;
    private final ScheduledExecutorService heartbeatClock;
    private final LiveStreamSettings settings;

    LiveStreams(QueryGateway queryGateway, OpenStreams openStreams,
                @Qualifier(LiveStreamConfiguration.HEARTBEAT_CLOCK) ScheduledExecutorService heartbeatClock,
                LiveStreamSettings settings) {
        this.queryGateway = queryGateway;
        this.openStreams = openStreams;
        this.heartbeatClock = heartbeatClock;
        this.settings = settings;
    }

    /**
     * @param kind what the query names, "match" or "tie": the events' name and the 404's wording
     */
    <T> SseEmitter open(Object query, Class<T> type, ToLongFunction<T> version, String kind, String id,
                        long lastEventId) {
        openStreams.open();
        SubscriptionQueryResult<Optional<T>, T> subscription = null;
        try {
            subscription = queryGateway.subscriptionQuery(query, ResponseTypes.optionalInstanceOf(type),
                    ResponseTypes.instanceOf(type));
            T current = subscription.initialResult().blockOptional().flatMap(answer -> answer)
                    .orElseThrow(() -> new NotFoundException("there is no " + kind + " " + id));
            return new LiveStream<>(kind, subscription, version, lastEventId, openStreams)
                    .start(current, heartbeatClock, settings.heartbeat());
        } catch (RuntimeException refused) {
            if (subscription != null) {
                subscription.close();
            }
            openStreams.close();
            throw refused;
        }
    }
}
