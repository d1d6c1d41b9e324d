package dev.fulltime.application.matchview;

import dev.fulltime.domain.match.TimelineEntry;
import java.util.List;

public record MatchTimeline(String matchId, long version, List<TimelineEntry> events) {
}
