package dev.fulltime.domain.match;

public record Score(int home, int away) {

    public static final Score NIL_NIL = new Score(0, 0);

    public Score plus(Side side) {
        return side == Side.HOME ? new Score(home + 1, away) : new Score(home, away + 1);
    }

    public int of(Side side) {
        return side == Side.HOME ? home : away;
    }

    public boolean level() {
        return home == away;
    }

    @Override
    public String toString() {
        return home + "-" + away;
    }
}
