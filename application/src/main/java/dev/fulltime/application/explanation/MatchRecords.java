package dev.fulltime.application.explanation;

import dev.fulltime.application.matchlog.FindMatchLog;
import dev.fulltime.application.matchlog.LoggedEvent;
import dev.fulltime.application.matchlog.MatchLog;
import dev.fulltime.domain.explanation.MatchRecord;
import dev.fulltime.domain.explanation.Recording;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * A match's committed log as the log query reads it from the event store, with who recorded each event and when: what
 * an explanation is built from.
 */
@Component
class MatchRecords {

    private final QueryGateway queryGateway;

    MatchRecords(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    Optional<MatchRecord> of(String matchId) {
        return queryGateway.query(new FindMatchLog(matchId), ResponseTypes.optionalInstanceOf(MatchLog.class)).join()
                .map(MatchRecords::record);
    }

    private static MatchRecord record(MatchLog log) {
        return new MatchRecord(log.events().stream().map(LoggedEvent::payload).toList(),
                log.events().stream().collect(Collectors.toMap(LoggedEvent::eventId,
                        event -> new Recording(event.recordedBy(), event.recordedAt()))));
    }
}
