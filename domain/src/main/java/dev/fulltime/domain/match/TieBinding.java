package dev.fulltime.domain.match;

/**
 * What a knockout tie asks of a match that may decide it: extra time only when the tie is level after 90 minutes, a
 * shoot-out only when it is still level after extra time, and no final whistle while it is undecided. A match outside
 * any tie is bound by none of these.
 */
public interface TieBinding {

    TieBinding NONE = new TieBinding() {
        @Override
        public boolean extraTimeNeeded(MatchState match) {
            return true;
        }

        @Override
        public boolean shootoutNeeded(MatchState match) {
            return true;
        }

        @Override
        public boolean tieDecided(MatchState match) {
            return true;
        }
    };

    boolean extraTimeNeeded(MatchState match);

    boolean shootoutNeeded(MatchState match);

    /** Whether the final whistle may be given with the match as it stands. */
    boolean tieDecided(MatchState match);
}
