package dev.fulltime.application.matchview;

import dev.fulltime.domain.match.MatchState;

/**
 * Told of every match state the match read model folds, in the order of their versions, within the projection's unit
 * of work. The views are written as that unit commits; one that rolls back is retried and tells its states again, so
 * a listener acts only once the unit has committed (as {@link dev.fulltime.application.live.LiveChanges} does).
 */
public interface MatchViewListener {

    void projected(MatchState state);
}
