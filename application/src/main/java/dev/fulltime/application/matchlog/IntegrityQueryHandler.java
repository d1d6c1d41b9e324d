package dev.fulltime.application.matchlog;

import dev.fulltime.application.integrity.FindIntegrity;
import dev.fulltime.application.integrity.HashChain;
import dev.fulltime.application.integrity.MatchIntegrity;
import dev.fulltime.application.integrity.StoredLink;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.SerializationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes a match's hash chain from its rows as stored; a row that no longer reads as an event breaks the chain
 * rather than the check.
 */
@Component
@Transactional(readOnly = true)
class IntegrityQueryHandler {

    private final StoredLog storedLog;

    IntegrityQueryHandler(StoredLog storedLog) {
        this.storedLog = storedLog;
    }

    @QueryHandler
    Optional<MatchIntegrity> integrity(FindIntegrity query) {
        List<StoredLog.Row> rows = storedLog.rows(query.matchId());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(HashChain.verify(query.matchId(), rows.stream().map(this::link).toList()));
    }

    private StoredLink link(StoredLog.Row row) {
        try {
            LoggedEvent event = storedLog.read(row);
            return new StoredLink(event.sequence(), event.payload(), event.recordedAt(), event.recordedBy(),
                    event.hash(), event.previousHash());
        } catch (SerializationException e) {
            return StoredLink.unreadable(row.sequence());
        }
    }
}
