package dev.fulltime.application.matchview;

import dev.fulltime.application.live.LiveSource;
import dev.fulltime.application.live.LiveTopic;
import dev.fulltime.application.live.LiveUpdates;
import java.util.List;
import org.springframework.stereotype.Component;

/** Sends a match's state as it stands to the streams watching that match. */
@Component
class LiveMatchUpdates implements LiveSource {

    private final LiveUpdates updates;
    private final LiveMatches matches;

    LiveMatchUpdates(LiveUpdates updates, LiveMatches matches) {
        this.updates = updates;
        this.matches = matches;
    }

    @Override
    public String kind() {
        return LiveTopic.MATCH;
    }

    @Override
    public void refresh(String matchId) {
        updates.emit(LiveTopic.match(matchId), () -> matches.of(matchId));
    }

    @Override
    public List<String> watched() {
        return updates.watched(kind());
    }
}
