package dev.fulltime.application.matchlog;

import java.util.List;

public record MatchLog(String matchId, List<LoggedEvent> events) {
}
