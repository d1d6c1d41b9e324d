package dev.fulltime.application.tieview;

import dev.fulltime.application.matchview.TieLeg;
import dev.fulltime.application.matchview.TieLegs;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A tie composed as it stands now, with the version its legs give it. */
@Component
@Transactional(readOnly = true)
class LiveTies {

    private final TieViewRepository views;
    private final TieLegs tieLegs;

    LiveTies(TieViewRepository views, TieLegs tieLegs) {
        this.views = views;
        this.tieLegs = tieLegs;
    }

    Optional<LiveTie> of(String tieId) {
        return views.findById(tieId).map(view -> {
            List<TieLeg> legs = tieLegs.of(List.of(tieId));
            long version = legs.stream().mapToLong(leg -> leg.scoreboard().version() + 1).sum();
            return new LiveTie(version, TieComposition.of(view.tie(), legs));
        });
    }
}
