package dev.fulltime.domain.match;

public enum MatchStatus {
    SCHEDULED, LIVE, FINISHED
}
