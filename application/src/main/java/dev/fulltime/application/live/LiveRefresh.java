package dev.fulltime.application.live;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Sends a changed topic's state, read from its read model, to the streams on this node that watch it. */
@Component
public class LiveRefresh {

    private final Map<String, LiveSource> sources;

    LiveRefresh(List<LiveSource> sources) {
        this.sources = sources.stream().collect(Collectors.toMap(LiveSource::kind, Function.identity()));
    }

    public void refresh(LiveTopic topic) {
        LiveSource source = sources.get(topic.kind());
        if (source == null) {
            throw new IllegalArgumentException("no live source of kind " + topic.kind());
        }
        source.refresh(topic.id());
    }

    /** Refreshes every topic watched on this node, for streams that may have missed a change. */
    public void refreshWatched() {
        sources.values().forEach(source -> source.watched().forEach(source::refresh));
    }
}
