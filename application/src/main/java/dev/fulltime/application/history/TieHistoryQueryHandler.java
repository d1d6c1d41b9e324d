package dev.fulltime.application.history;

import dev.fulltime.application.history.HistoryQueries.FindTieAsOf;
import dev.fulltime.application.matchview.MatchScoreboard;
import dev.fulltime.application.matchview.TieLeg;
import dev.fulltime.application.tieview.TieComposition;
import dev.fulltime.application.tieview.TieSummary;
import dev.fulltime.domain.history.MatchHistory;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.tie.LegResult;
import dev.fulltime.domain.tie.TieDefinition;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * A tie as the system knew it at an instant: its definition (which matches were its legs) and each leg's stream as
 * they stood then, composed as the tie read model composes it now. A leg whose match did not exist yet is left out;
 * a stream that is not a tie's is no tie.
 */
@Component
class TieHistoryQueryHandler {

    private final RecordedStreams streams;
    private final MatchHistories matches;

    TieHistoryQueryHandler(RecordedStreams streams, MatchHistories matches) {
        this.streams = streams;
        this.matches = matches;
    }

    @QueryHandler
    Optional<TieSummary> asOf(FindTieAsOf query) {
        return definitionAsOf(query.tieId(), query.asOf())
                .map(tie -> TieComposition.of(tie.tie(), legsAsOf(tie, query.asOf())));
    }

    private Optional<TieDefinition> definitionAsOf(String tieId, Instant asOf) {
        return TieDefinition.replay(streams.eventsAsOf(tieId, asOf));
    }

    private List<TieLeg> legsAsOf(TieDefinition tie, Instant asOf) {
        return tie.legs().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .flatMap(leg -> matches.asOf(leg.getValue(), asOf).map(MatchHistory::now)
                        .map(match -> tieLeg(tie.tie().tieId(), leg.getKey(), match)).stream())
                .toList();
    }

    private static TieLeg tieLeg(String tieId, int leg, MatchState match) {
        return new TieLeg(tieId, leg, MatchScoreboard.of(match), LegResult.of(match));
    }
}
