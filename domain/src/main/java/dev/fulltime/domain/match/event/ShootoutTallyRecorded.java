package dev.fulltime.domain.match.event;

import dev.fulltime.domain.match.FactType;
import dev.fulltime.domain.match.Score;

/** A shoot-out known only by its final tally, not kick by kick; it ends the shoot-out. */
public record ShootoutTallyRecorded(String eventId, Score penalties) implements MatchEvent {

    @Override
    public FactType type() {
        return FactType.SHOOTOUT_TALLY;
    }
}
