package dev.fulltime.domain.tie;

/** What separated the two teams of a decided tie. */
public enum DecidedBy {
    /** Two legs: more goals over both once the deciding leg's 90 minutes were played. */
    AGGREGATE,
    /** Level on aggregate, more goals scored away from home (those in extra time included). */
    AWAY_GOALS,
    /** Level after 90 minutes of the deciding match, ahead once extra time was played. */
    EXTRA_TIME,
    /** Still level after all the play: the shoot-out. */
    PENALTIES,
    /** A single match won within 90 minutes. */
    SCORE
}
