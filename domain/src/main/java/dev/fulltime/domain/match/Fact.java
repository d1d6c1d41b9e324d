package dev.fulltime.domain.match;

import java.util.ArrayList;
import java.util.List;

/**
 * A fact as it stands after every later fact about it: corrected values, its status, and the identifiers of
 * the facts that changed it. {@code player} is the player off for a substitution. {@code period} is the period the
 * fact is known to belong to ({@code null} when only its stretch of play is known); {@code recordedDuring} is the
 * period being played when it was recorded, which places it on the match clock.
 */
public record Fact(String eventId, long sequence, FactType type, Period period, Period recordedDuring, Minute minute,
                   Side side,
                   String player, String playerOn, GoalKind kind, CardType card, Boolean scored, FactStatus status,
                   List<String> amendedBy) {

    public Fact {
        amendedBy = List.copyOf(amendedBy);
    }

    static Fact of(String eventId, long sequence, FactType type, Period period) {
        return new Fact(eventId, sequence, type, period, period, null, null, null, null, null, null, null,
                FactStatus.VALID, List.of());
    }

    public boolean countsAsGoal() {
        return type == FactType.GOAL && status.counts();
    }

    Fact amended(String amendingEventId, FactStatus newStatus) {
        List<String> amendments = new ArrayList<>(amendedBy);
        amendments.add(amendingEventId);
        return new Fact(eventId, sequence, type, period, recordedDuring, minute, side, player, playerOn, kind, card,
                scored, status.strongest(newStatus), amendments);
    }

    Fact corrected(String correctionId, String newPlayer, Minute newMinute, GoalKind newKind, Side newSide) {
        Fact changed = new Fact(eventId, sequence, type, newMinute != null ? newMinute.period() : period,
                recordedDuring, newMinute != null ? newMinute : minute,
                newSide != null ? newSide : side,
                newPlayer != null ? newPlayer : player,
                playerOn, newKind != null ? newKind : kind, card, scored, status, amendedBy);
        return changed.amended(correctionId, FactStatus.CORRECTED);
    }
}
