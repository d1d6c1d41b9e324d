package dev.fulltime.application.matchview;

import dev.fulltime.application.live.LiveChanges;
import dev.fulltime.application.live.LiveTopic;
import dev.fulltime.domain.match.MatchState;
import org.springframework.stereotype.Component;

/** A projected match state changes what the streams of its match show, and those of its tie when it is a leg. */
@Component
class MatchTopics implements MatchViewListener {

    private final LiveChanges changes;

    MatchTopics(LiveChanges changes) {
        this.changes = changes;
    }

    @Override
    public void projected(MatchState state) {
        changes.changed(LiveTopic.match(state.match().matchId()));
        if (state.match().tieId() != null) {
            changes.changed(LiveTopic.tie(state.match().tieId()));
        }
    }
}
