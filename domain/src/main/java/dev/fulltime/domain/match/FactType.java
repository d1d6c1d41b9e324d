package dev.fulltime.domain.match;

/** The kinds of fact, named as the HTTP API names them. */
public enum FactType {
    MATCH_SCHEDULED, PERIOD_STARTED, PERIOD_ENDED, GOAL, GOAL_DISALLOWED, CARD, SUBSTITUTION, SHOOTOUT_KICK, SHOOTOUT_TALLY,
    CORRECTION, RETRACTION, MATCH_ENDED;

    /** Goals, cards and substitutions: the facts of play that can be corrected or retracted. */
    public boolean isPlay() {
        return this == GOAL || this == CARD || this == SUBSTITUTION;
    }
}
