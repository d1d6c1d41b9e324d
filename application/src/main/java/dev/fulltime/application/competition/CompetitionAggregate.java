package dev.fulltime.application.competition;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.fulltime.domain.competition.CompetitionCreated;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A competition's stream: it is created once, with its rules. */
@Aggregate
public class CompetitionAggregate {

    @AggregateIdentifier
    private String competitionId;

    protected CompetitionAggregate() {
        // for Axon, which rebuilds the aggregate from its events
    }

    @CommandHandler
    public CompetitionAggregate(CreateCompetition command) {
        apply(command.competition());
    }

    @EventSourcingHandler
    void on(CompetitionCreated created) {
        competitionId = created.competitionId();
    }
}
