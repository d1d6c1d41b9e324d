package dev.fulltime.infrastructure.web.match;

import dev.fulltime.domain.match.CardType;
import dev.fulltime.domain.match.FactType;
import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The body of {@code POST /api/matches/{matchId}/events}: one fact, its fields depending on its {@code type}. */
public record FactRequest(FactType type, UUID eventId, Period period, String team, String player, Minute minute,
                          GoalKind kind, CardType card, String playerOff, String playerOn, Boolean scored,
                          String goalEventId, String targetEventId, String reason, Tally penalties) {

    /** A shoot-out's kicks scored on each side; both are required (a missing number is not a zero). */
    public record Tally(Integer home, Integer away) {
    }

    /** The fields given besides {@code type} and {@code eventId}, by name. */
    Map<String, Object> givenFields() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("period", period);
        given.put("team", team);
        given.put("player", player);
        given.put("minute", minute);
        given.put("kind", kind);
        given.put("card", card);
        given.put("playerOff", playerOff);
        given.put("playerOn", playerOn);
        given.put("scored", scored);
        given.put("goalEventId", goalEventId);
        given.put("targetEventId", targetEventId);
        given.put("reason", reason);
        given.put("penalties", penalties);
        given.values().removeIf(value -> value == null);
        return given;
    }
}
