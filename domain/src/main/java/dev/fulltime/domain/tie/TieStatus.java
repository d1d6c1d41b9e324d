package dev.fulltime.domain.tie;

public enum TieStatus {
    IN_PROGRESS, DECIDED
}
