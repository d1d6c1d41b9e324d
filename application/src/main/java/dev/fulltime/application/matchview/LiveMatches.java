package dev.fulltime.application.matchview;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A match as its live stream shows it now, read from the match read model. */
@Component
@Transactional(readOnly = true)
class LiveMatches {

    private final MatchViewRepository views;
    private final MatchStateCodec codec;

    LiveMatches(MatchViewRepository views, MatchStateCodec codec) {
        this.views = views;
        this.codec = codec;
    }

    Optional<LiveMatch> of(String matchId) {
        return views.findById(matchId).map(view -> LiveMatch.of(codec.read(view.state())));
    }
}
