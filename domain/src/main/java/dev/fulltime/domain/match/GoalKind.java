package dev.fulltime.domain.match;

public enum GoalKind {
    REGULAR, PENALTY, OWN_GOAL
}
