package dev.fulltime.application.matchview;

import dev.fulltime.domain.tie.LegResult;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The legs of ties as the match read model has them, for the tie views to compose. */
@Component
@Transactional(readOnly = true)
public class TieLegs {

    private final MatchViewRepository views;
    private final MatchStateCodec codec;

    TieLegs(MatchViewRepository views, MatchStateCodec codec) {
        this.views = views;
        this.codec = codec;
    }

    /** Every leg of the given ties, in leg order. */
    public List<TieLeg> of(Collection<String> tieIds) {
        if (tieIds.isEmpty()) {
            return List.of();
        }
        return views.findAllByTieIdIn(tieIds).stream()
                .map(view -> {
                    MatchScoreboard scoreboard = view.scoreboard();
                    return new TieLeg(scoreboard.tieId(), scoreboard.leg(), scoreboard,
                            LegResult.of(codec.read(view.state())));
                })
                .sorted(Comparator.comparingInt(TieLeg::leg))
                .toList();
    }
}
