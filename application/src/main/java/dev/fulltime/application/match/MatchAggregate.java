package dev.fulltime.application.match;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.fulltime.domain.match.MatchDecider;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.event.MatchEvent;
import dev.fulltime.domain.match.event.MatchScheduled;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A match's event stream: a thin adapter that lets {@link MatchDecider} decide and evolve. */
@Aggregate
public class MatchAggregate {

    @AggregateIdentifier
    private String matchId;
    private MatchState state = MatchDecider.initial();

    protected MatchAggregate() {
        // for Axon, which rebuilds the aggregate from its events
    }

    @CommandHandler
    public MatchAggregate(CreateMatch command) {
        MatchDecider.decide(command.schedule(), state).forEach(event -> apply(event));
    }

    @CommandHandler
    public RecordedFact handle(RecordFact command) {
        String eventId = command.command().eventId();
        boolean repeated = state.sequenceOf(eventId).isPresent();
        if (!repeated && command.expectedVersion() != null && command.expectedVersion() != state.version()) {
            throw new StaleVersionException(matchId, command.expectedVersion(), state.version());
        }
        MatchDecider.decide(command.command(), state, command.tie()).forEach(event -> apply(event));
        long sequence = state.sequenceOf(eventId).orElseThrow();
        return new RecordedFact(eventId, sequence, sequence);
    }

    @EventSourcingHandler
    void on(MatchEvent event) {
        if (event instanceof MatchScheduled scheduled) {
            matchId = scheduled.matchId();
        }
        state = MatchDecider.evolve(state, event);
    }
}
