package dev.fulltime.application.store;

import dev.fulltime.domain.competition.CompetitionCreated;
import dev.fulltime.domain.match.MatchDecider;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.event.MatchEvent;
import dev.fulltime.domain.tie.LegAttached;
import dev.fulltime.domain.tie.TieCreated;
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

    public MatchState match(String matchId) {
        return MatchDecider.replay(payloads(matchId).stream().map(MatchEvent.class::cast).toList());
    }

    public Optional<TieDefinition> tie(String tieId) {
        List<Object> events = payloads(tieId);
        if (events.isEmpty()) {
            return Optional.empty();
        }
        TieDefinition tie = TieDefinition.of((TieCreated) events.get(0));
        for (Object event : events.subList(1, events.size())) {
            tie = tie.with((LegAttached) event);
        }
        return Optional.of(tie);
    }

    public Optional<CompetitionCreated> competition(String competitionId) {
        return payloads(competitionId).stream().map(CompetitionCreated.class::cast).findFirst();
    }

    private List<Object> payloads(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
    }
}
