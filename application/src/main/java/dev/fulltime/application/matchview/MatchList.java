package dev.fulltime.application.matchview;

import java.util.List;

public record MatchList(List<MatchScoreboard> matches) {
}
