package dev.fulltime.application.matchview;

/** The questions the match read model answers. */
public final class MatchQueries {

    private MatchQueries() {
    }

    public record FindScoreboard(String matchId) {
    }

    public record FindTimeline(String matchId) {
    }

    /** The match as it stands ({@link LiveMatch}), then each new state as it is projected: a subscription query. */
    public record WatchMatch(String matchId) {
    }

    /** Every match, or those of one competition when {@code competitionId} is given. */
    public record ListMatches(String competitionId) {
    }
}
