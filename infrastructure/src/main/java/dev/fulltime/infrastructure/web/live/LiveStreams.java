package dev.fulltime.infrastructure.web.live;

import dev.fulltime.application.live.LiveTopic;
import dev.fulltime.application.live.LiveUpdates;
import dev.fulltime.infrastructure.web.Queries;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.ToLongFunction;
import org.axonframework.common.Registration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Opens live streams: takes a place within the limit, starts watching the topic, then reads its current state (an
 * update committed meanwhile is kept, so none is lost between the two) and answers 404 before the stream starts when
 * the query names nothing.
 */
@Component
class LiveStreams {

    private final Queries queries;
    private final LiveUpdates liveUpdates;
    private final OpenStreams openStreams;
    private final ScheduledExecutorService heartbeatClock;
    private final LiveStreamSettings settings;

    LiveStreams(Queries queries, LiveUpdates liveUpdates, OpenStreams openStreams,
                @Qualifier(LiveStreamConfiguration.HEARTBEAT_CLOCK) ScheduledExecutorService heartbeatClock,
                LiveStreamSettings settings) {
        this.queries = queries;
        this.liveUpdates = liveUpdates;
        this.openStreams = openStreams;
        this.heartbeatClock = heartbeatClock;
        this.settings = settings;
    }

    /**
     * @param query the query answering the topic's current state
     * @param topic what the stream watches: its kind names the events and words the 404
     */
    <T> SseEmitter open(Object query, Class<T> type, ToLongFunction<T> version, LiveTopic topic, long lastEventId) {
        openStreams.open();
        LiveStream<T> stream = new LiveStream<>(topic.kind(), type, version, lastEventId, openStreams);
        Registration watching = liveUpdates.watch(topic, stream::offer);
        try {
            T current = queries.one(query, type, topic.kind(), topic.id());
            return stream.start(current, watching, heartbeatClock, settings.heartbeat());
        } catch (RuntimeException refused) {
            watching.cancel();
            openStreams.close();
            throw refused;
        }
    }
}
