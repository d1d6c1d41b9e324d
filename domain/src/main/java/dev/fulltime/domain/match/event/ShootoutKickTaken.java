package dev.fulltime.domain.match.event;

import dev.fulltime.domain.match.FactType;
import dev.fulltime.domain.match.Side;

public record ShootoutKickTaken(String eventId, Side side, String player, boolean scored) implements MatchEvent {

    @Override
    public FactType type() {
        return FactType.SHOOTOUT_KICK;
    }
}
