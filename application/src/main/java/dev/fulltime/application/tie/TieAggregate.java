package dev.fulltime.application.tie;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.fulltime.domain.tie.LegAttached;
import dev.fulltime.domain.tie.TieCreated;
import dev.fulltime.domain.tie.TieDefinition;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A tie's stream: created with its teams and rules, then one event per match that joins it as a leg. */
@Aggregate
public class TieAggregate {

    @AggregateIdentifier
    private String tieId;
    private TieDefinition definition;

    protected TieAggregate() {
        // for Axon, which rebuilds the aggregate from its events
    }

    @CommandHandler
    public TieAggregate(CreateTie command) {
        apply(command.tie());
    }

    @CommandHandler
    void handle(AttachLeg command) {
        if (definition.accepts(command.leg(), command.matchId(), command.homeTeam(), command.awayTeam())) {
            apply(new LegAttached(tieId, command.leg(), command.matchId()));
        }
    }

    @EventSourcingHandler
    void on(TieCreated created) {
        tieId = created.tieId();
        definition = TieDefinition.of(created);
    }

    @EventSourcingHandler
    void on(LegAttached attached) {
        definition = definition.with(attached);
    }
}
