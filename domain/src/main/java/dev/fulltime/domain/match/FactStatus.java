package dev.fulltime.domain.match;

/** What later facts made of a fact; the strongest applies (retracted over disallowed over corrected). */
public enum FactStatus {
    VALID, CORRECTED, DISALLOWED, RETRACTED;

    /** Whether a goal with this status counts towards the score. */
    public boolean counts() {
        return this == VALID || this == CORRECTED;
    }

    public FactStatus strongest(FactStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
