package dev.fulltime.application.matchlog;

public record FindMatchLog(String matchId) {
}
