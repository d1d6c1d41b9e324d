package dev.fulltime.domain.tie;

import dev.fulltime.domain.match.Score;

/** Leg results written as football writes scores, home goals first: {@code "2-5"}. */
final class Legs {

    private Legs() {
    }

    static Score score(String text) {
        String[] goals = text.split("-");
        return new Score(Integer.parseInt(goals[0]), Integer.parseInt(goals[1]));
    }

    static LegResult finished(String home, String away, String score) {
        return new LegResult(home, away, score(score), null, null, true);
    }

    static LegResult finishedAfterExtraTime(String home, String away, String afterNinety, String afterExtraTime) {
        return new LegResult(home, away, score(afterNinety), score(afterExtraTime), null, true);
    }

    static LegResult finishedOnPenalties(String home, String away, String afterNinety, String afterExtraTime,
                                         String penalties) {
        return new LegResult(home, away, score(afterNinety), score(afterExtraTime), score(penalties), true);
    }

    /** Still being played, within its 90 minutes or just after them. */
    static LegResult inPlay(String home, String away, String score) {
        return new LegResult(home, away, score(score), null, null, false);
    }

    static LegResult inExtraTime(String home, String away, String afterNinety, String afterExtraTime) {
        return new LegResult(home, away, score(afterNinety), score(afterExtraTime), null, false);
    }

    static LegResult inShootout(String home, String away, String afterNinety, String afterExtraTime,
                                String penalties) {
        return new LegResult(home, away, score(afterNinety), score(afterExtraTime), score(penalties), false);
    }
}
