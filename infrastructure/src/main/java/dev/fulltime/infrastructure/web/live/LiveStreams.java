package dev.fulltime.infrastructure.web.live;

import dev.fulltime.application.live.LiveTopic;
import dev.fulltime.application.live.WatchedTopics;
import dev.fulltime.infrastructure.web.problem.NotFoundException;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.ToLongFunction;
import org.axonframework.common.Registration;
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
    private final WatchedTopics watchedTopics;
    private final OpenStreams openStreams;
    private final ScheduledExecutorService heartbeatClock;
    private final LiveStreamSettings settings;

    LiveStreams(QueryGateway queryGateway, WatchedTopics watchedTopics, OpenStreams openStreams,
                @Qualifier(LiveStreamConfiguration.HEARTBEAT_CLOCK) ScheduledExecutorService heartbeatClock,
                LiveStreamSettings settings) {
        this.queryGateway = queryGateway;
        this.watchedTopics = watchedTopics;
        this.openStreams = openStreams;
        this.heartbeatClock = heartbeatClock;
        this.settings = settings;
    }

    /**
     * @param topic what the query watches: its kind names the events and words the 404; it is counted as watched
     *              before the subscription starts, so no change after subscribing is skipped as unwatched
     */
    <T> SseEmitter open(Object query, Class<T> type, ToLongFunction<T> version, LiveTopic topic, long lastEventId) {
        openStreams.open();
        Registration watching = watchedTopics.watch(topic);
        SubscriptionQueryResult<Optional<T>, T> subscription = null;
        try {
            subscription = queryGateway.subscriptionQuery(query, ResponseTypes.optionalInstanceOf(type),
                    ResponseTypes.instanceOf(type));
            T current = subscription.initialResult().blockOptional().flatMap(answer -> answer)
                    .orElseThrow(() -> new NotFoundException("there is no " + topic.kind() + " " + topic.id()));
            return new LiveStream<>(topic.kind(), subscription, watching, version, lastEventId, openStreams)
                    .start(current, heartbeatClock, settings.heartbeat());
        } catch (RuntimeException refused) {
            if (subscription != null) {
                subscription.close();
            }
            watching.cancel();
            openStreams.close();
            throw refused;
        }
    }
}
