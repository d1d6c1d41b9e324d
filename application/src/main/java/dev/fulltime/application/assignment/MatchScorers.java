package dev.fulltime.application.assignment;

import java.util.List;

/** The users assigned to record facts for a match, by name. */
public record MatchScorers(List<String> scorers) {
}
