package dev.fulltime.application.matchview;

import dev.fulltime.domain.match.MatchDecider;
import dev.fulltime.domain.match.MatchState;
import java.util.HashMap;
import java.util.Map;

/**
 * The match views one batch of events touches: each read and decoded on its first event, its state then kept as the
 * batch evolves it, and written once, by {@link #write()}, when the batch commits. A view the batch only read (its
 * events were already projected) is not written.
 */
final class MatchViewBatch {

    private final MatchViewRepository views;
    private final MatchStateCodec codec;
    private final Map<String, TouchedView> touched = new HashMap<>();

    MatchViewBatch(MatchViewRepository views, MatchStateCodec codec) {
        this.views = views;
        this.codec = codec;
    }

    MatchState stateOf(String matchId) {
        return touched.computeIfAbsent(matchId, this::read).state;
    }

    /**
     * Only for a match whose state this batch has read. The scoreboard is taken here, with the event, so that a state
     * that has none fails its own event rather than the whole batch as it commits.
     */
    void evolved(String matchId, MatchState state) {
        MatchScoreboard scoreboard = MatchScoreboard.of(state);
        TouchedView match = touched.get(matchId);
        match.state = state;
        match.scoreboard = scoreboard;
    }

    void write() {
        touched.values().stream().filter(match -> match.scoreboard != null).forEach(match -> {
            match.view.update(match.scoreboard, codec.write(match.state));
            views.save(match.view);
        });
    }

    private TouchedView read(String matchId) {
        MatchView view = views.findById(matchId).orElseGet(() -> new MatchView(matchId));
        return new TouchedView(view, view.isNew() ? MatchDecider.initial() : codec.read(view.state()));
    }

    private static final class TouchedView {

        private final MatchView view;
        private MatchState state;
        private MatchScoreboard scoreboard;

        private TouchedView(MatchView view, MatchState state) {
            this.view = view;
            this.state = state;
        }
    }
}
