package dev.fulltime.application.history;

import dev.fulltime.domain.history.MatchHistory;
import dev.fulltime.domain.match.event.MatchEvent;
import dev.fulltime.domain.match.event.MatchScheduled;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A match's history read from its stream: whole, or as the system knew it at an instant. There is none before the
 * match existed, nor for a stream that is not a match's (a tie's, a competition's).
 */
@Component
class MatchHistories {

    private final RecordedStreams streams;

    MatchHistories(RecordedStreams streams) {
        this.streams = streams;
    }

    Optional<MatchHistory> of(String matchId) {
        return history(streams.events(matchId));
    }

    Optional<MatchHistory> asOf(String matchId, Instant asOf) {
        return history(streams.eventsAsOf(matchId, asOf));
    }

    private static Optional<MatchHistory> history(List<Object> events) {
        if (events.isEmpty() || !(events.get(0) instanceof MatchScheduled)) {
            return Optional.empty();
        }
        return Optional.of(new MatchHistory(events.stream().map(MatchEvent.class::cast).toList()));
    }
}
