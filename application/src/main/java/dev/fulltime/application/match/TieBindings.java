package dev.fulltime.application.match;

import dev.fulltime.application.store.EventStreams;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.TieBinding;
import dev.fulltime.domain.match.event.MatchScheduled;
import dev.fulltime.domain.tie.LegResult;
import org.springframework.stereotype.Component;

/** What a match's tie asks of it, read from the committed streams of the tie and of its earlier legs. */
@Component
class TieBindings {

    private final EventStreams streams;

    TieBindings(EventStreams streams) {
        this.streams = streams;
    }

    TieBinding of(String matchId) {
        MatchState match = streams.match(matchId);
        if (!match.exists() || match.match().tieId() == null) {
            return TieBinding.NONE;
        }
        MatchScheduled scheduled = match.match();
        return streams.tie(scheduled.tieId())
                .<TieBinding>map(tie -> tie.contextOfLeg(scheduled.leg(),
                        legMatchId -> LegResult.of(streams.match(legMatchId))))
                .orElse(TieBinding.NONE);
    }
}
