package dev.fulltime.application.explanation;

import dev.fulltime.application.store.EventStreams;
import dev.fulltime.domain.explanation.MatchExplainer;
import dev.fulltime.domain.explanation.MatchExplanation;
import dev.fulltime.domain.explanation.MatchRecord;
import dev.fulltime.domain.explanation.TieExplainer;
import dev.fulltime.domain.explanation.TieExplanation;
import dev.fulltime.domain.tie.TieDefinition;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Explains matches and ties from their committed streams rather than from a read model, so an explanation is
 * consistent with the log the moment a fact is recorded.
 */
@Component
@Transactional(readOnly = true)
class ExplanationQueryHandlers {

    private final MatchRecords matchRecords;
    private final EventStreams streams;

    ExplanationQueryHandlers(MatchRecords matchRecords, EventStreams streams) {
        this.matchRecords = matchRecords;
        this.streams = streams;
    }

    @QueryHandler
    Optional<MatchExplanation> match(ExplainMatch query) {
        return matchRecords.of(query.matchId()).map(MatchExplainer::explain);
    }

    @QueryHandler
    Optional<TieExplanation> tie(ExplainTie query) {
        return streams.tie(query.tieId()).map(tie -> TieExplainer.explain(tie.tie(), legsInTurn(tie)));
    }

    /** The logs of the tie's legs from the first on, as far as they are attached without a gap. */
    private List<MatchRecord> legsInTurn(TieDefinition tie) {
        return IntStream.rangeClosed(1, tie.tie().format().legs())
                .mapToObj(leg -> tie.matchOfLeg(leg).flatMap(matchRecords::of))
                .takeWhile(Optional::isPresent)
                .map(Optional::get)
                .toList();
    }
}
