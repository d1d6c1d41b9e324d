package dev.fulltime.application.matchlog;

import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a match's stream straight from the event store's table: the log as stored, with its global index. */
@Component
@Transactional(readOnly = true)
class MatchLogQueryHandler {

    private final StoredLog storedLog;

    MatchLogQueryHandler(StoredLog storedLog) {
        this.storedLog = storedLog;
    }

    @QueryHandler
    Optional<MatchLog> log(FindMatchLog query) {
        List<StoredLog.Row> rows = storedLog.rows(query.matchId());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MatchLog(query.matchId(), rows.stream().map(storedLog::read).toList()));
    }
}
