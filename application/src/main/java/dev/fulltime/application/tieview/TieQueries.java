package dev.fulltime.application.tieview;

import java.util.List;

/** The questions the tie read model answers. */
public final class TieQueries {

    private TieQueries() {
    }

    public record FindTie(String tieId) {
    }

    /** The tie as it stands ({@link LiveTie}), as a live stream starts (then fed by {@code LiveUpdates}). */
    public record WatchTie(String tieId) {
    }

    public record ListTies(String competitionId) {
    }

    public record TieList(List<TieSummary> ties) {
    }
}
