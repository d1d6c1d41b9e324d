package dev.fulltime.application.store;

import dev.fulltime.domain.competition.CompetitionCreated;
import dev.fulltime.domain.match.MatchDecider;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.event.MatchEvent;
import dev.fulltime.domain.tie.TieDefinition;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads one stream straight from the event store and folds it: what is committed, with no read model in between.
 * The write side uses it where a decision about one stream rests on another (a leg on its tie, a tie on its
 * competition).
 */
@Component
public class EventStreams {

    private final EventStore eventStore;

    public EventStreams(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The folded match; the initial state when no match has this id (another kind of stream included). */
    public MatchState match(String matchId) {
        List<Object> events = payloads(matchId);
        if (events.isEmpty() || !(events.get(0) instanceof MatchEvent)) {
            return MatchDecider.initial();
        }
        return MatchDecider.replay(events.stream().map(MatchEvent.class::cast).toList());
    }

    public Optional<TieDefinition> tie(String tieId) {
        return TieDefinition.replay(payloads(tieId));
    }

    public Optional<CompetitionCreated> competition(String competitionId) {
        return payloads(competitionId).stream().findFirst()
                .filter(CompetitionCreated.class::isInstance).map(CompetitionCreated.class::cast);
    }

    /** Whether any stream, of any kind, has this id: ids are unique across matches, ties and competitions. */
    public boolean exists(String aggregateId) {
        return eventStore.readEvents(aggregateId).hasNext();
    }

    private List<Object> payloads(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
    }
}
