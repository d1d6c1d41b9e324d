package dev.fulltime.domain.explanation;

/** What a step of an explanation tells. */
public enum StepKind {
    /** A match of a tie: which leg, who played whom, where. */
    LEG,
    /** A goal that counts as first recorded. */
    GOAL_COUNTED,
    /** A goal that counts as corrected: who corrected it, when, and from what. */
    CORRECTION_APPLIED,
    /** A goal ruled out: who disallowed it, when and why. */
    GOAL_EXCLUDED,
    /** A goal recorded in error and withdrawn: who retracted it, when and why. */
    FACT_RETRACTED,
    /** The penalty shoot-out: its tally and, when known, its kicks. */
    SHOOTOUT,
    /** The score of a match: at the final whistle, or so far. */
    RESULT,
    /** The rule of the competition that decided a tie, with its numbers. */
    TIE_DECIDED,
    /** A tie without a winner yet, and what is still to be played. */
    TIE_IN_PROGRESS
}
