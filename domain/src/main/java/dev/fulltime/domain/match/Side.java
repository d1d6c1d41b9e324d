package dev.fulltime.domain.match;

/** The two sides of a match; a goal's side is the side it counts for. */
public enum Side {
    HOME, AWAY;

    public Side opponent() {
        return this == HOME ? AWAY : HOME;
    }
}
