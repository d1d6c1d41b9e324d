package dev.fulltime.domain.match;

/** One fact on the timeline, as it stands after corrections, with the score once it happened. */
public record TimelineEntry(String eventId, long sequence, FactType type, Period period, Minute minute, String team,
                            String player, String playerOn, GoalKind kind, CardType card, Boolean scored,
                            FactStatus status, Score score, Score penalties) {
}
