package dev.fulltime.domain.match;

public enum CardType {
    YELLOW, SECOND_YELLOW, RED;

    /** A second yellow is also a sending-off. */
    public boolean sendsOff() {
        return this != YELLOW;
    }
}
