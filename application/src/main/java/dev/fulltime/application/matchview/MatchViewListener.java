package dev.fulltime.application.matchview;

import dev.fulltime.domain.match.MatchState;

/** Told of every match state the match read model saves, within the projection's unit of work. */
public interface MatchViewListener {

    void projected(MatchState state);
}
