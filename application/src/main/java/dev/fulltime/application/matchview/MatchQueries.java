package dev.fulltime.application.matchview;

/** The questions the match read model answers. */
public final class MatchQueries {

    private MatchQueries() {
    }

    public record FindScoreboard(String matchId) {
    }

    public record FindTimeline(String matchId) {
    }

    /** The match as it stands ({@link LiveMatch}), as a live stream starts (then fed by {@code LiveUpdates}). */
    public record WatchMatch(String matchId) {
    }

    /** Every match, or those of one competition when {@code competitionId} is given. */
    public record ListMatches(String competitionId) {
    }
}
