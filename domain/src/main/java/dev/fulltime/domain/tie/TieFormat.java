package dev.fulltime.domain.tie;

/** One match, or two legs of which team A hosts the first; the last match decides the tie. */
public enum TieFormat {
    SINGLE_MATCH(1), TWO_LEGS(2);

    private final int legs;

    TieFormat(int legs) {
        this.legs = legs;
    }

    public int legs() {
        return legs;
    }
}
