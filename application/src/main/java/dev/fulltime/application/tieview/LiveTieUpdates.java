package dev.fulltime.application.tieview;

import dev.fulltime.application.live.LiveSource;
import dev.fulltime.application.live.LiveTopic;
import dev.fulltime.application.live.LiveUpdates;
import java.util.List;
import org.springframework.stereotype.Component;

/** Composes a tie as its legs stand and sends it to the streams watching that tie. */
@Component
class LiveTieUpdates implements LiveSource {

    private final LiveUpdates updates;
    private final LiveTies ties;

    LiveTieUpdates(LiveUpdates updates, LiveTies ties) {
        this.updates = updates;
        this.ties = ties;
    }

    @Override
    public String kind() {
        return LiveTopic.TIE;
    }

    @Override
    public void refresh(String tieId) {
        updates.emit(LiveTopic.tie(tieId), () -> ties.of(tieId));
    }

    @Override
    public List<String> watched() {
        return updates.watched(kind());
    }
}
