package dev.fulltime.domain.match.event;

import dev.fulltime.domain.match.FactType;

/**
 * A fact in a match's append-only log. Every fact carries the identifier its sender gave it, which
 * later facts (disallowances, corrections, retractions) refer to.
 */
public sealed interface MatchEvent
        permits MatchScheduled, PeriodStarted, PeriodEnded, GoalScored, CardShown, SubstitutionMade,
        GoalDisallowed, FactCorrected, FactRetracted, ShootoutKickTaken, ShootoutTallyRecorded, MatchEnded {

    String eventId();

    FactType type();
}
