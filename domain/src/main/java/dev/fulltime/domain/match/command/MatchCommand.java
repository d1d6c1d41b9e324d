package dev.fulltime.domain.match.command;

/**
 * A request to record a fact about a match. Teams are named as the match was created; {@code eventId} is
 * the sender's identifier for the fact, which makes sending the same command twice harmless.
 */
public sealed interface MatchCommand
        permits ScheduleMatch, StartPeriod, EndPeriod, RecordGoal, ShowCard, MakeSubstitution, DisallowGoal,
        CorrectFact, RetractFact, TakeShootoutKick, RecordShootoutTally, EndMatch {

    String eventId();
}
