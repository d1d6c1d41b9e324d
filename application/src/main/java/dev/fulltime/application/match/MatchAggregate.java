package dev.fulltime.application.match;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.fulltime.application.integrity.ChainMetaData;
import dev.fulltime.application.integrity.EventHash;
import dev.fulltime.domain.match.MatchDecider;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.event.MatchEvent;
import dev.fulltime.domain.match.event.MatchScheduled;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A match's event stream: a thin adapter that lets {@link MatchDecider} decide and evolve, and that links every event
 * it applies into the stream's hash chain.
 */
@Aggregate(cache = MatchCaching.MATCH_CACHE)
public class MatchAggregate {

    @AggregateIdentifier
    private String matchId;
    private MatchState state = MatchDecider.initial();
    private String headHash = EventHash.GENESIS;

    protected MatchAggregate() {
        // for Axon, which rebuilds the aggregate from its events
    }

    @CommandHandler
    public MatchAggregate(CreateMatch command, @MetaDataValue(Recorder.RECORDED_BY) String recordedBy) {
        applyChained(MatchDecider.decide(command.schedule(), state), recordedBy);
    }

    @CommandHandler
    public RecordedFact handle(RecordFact command, @MetaDataValue(Recorder.RECORDED_BY) String recordedBy) {
        String eventId = command.command().eventId();
        boolean repeated = state.sequenceOf(eventId).isPresent();
        if (!repeated && command.expectedVersion() != null && command.expectedVersion() != state.version()) {
            throw new StaleVersionException(matchId, command.expectedVersion(), state.version());
        }
        applyChained(MatchDecider.decide(command.command(), state, command.tie()), recordedBy);
        long sequence = state.sequenceOf(eventId).orElseThrow();
        return new RecordedFact(eventId, sequence, sequence);
    }

    @EventSourcingHandler
    void on(MatchEvent event, @MetaDataValue(ChainMetaData.HASH) String hash) {
        if (event instanceof MatchScheduled scheduled) {
            matchId = scheduled.matchId();
        }
        state = MatchDecider.evolve(state, event);
        headHash = hash;
    }

    /**
     * Applies the events, each with its link in the hash chain: the hash it follows, its own, when it was recorded
     * (by Axon's clock, which stamps the messages too, to the millisecond its store keeps of their timestamps) and who
     * recorded it (the command's recorder, which the correlation data would only add to the event after the hash was
     * computed). The chain is carried along here rather than read back from the state, because Axon applies the
     * events of a constructor only once it has returned.
     */
    private void applyChained(List<MatchEvent> events, String recordedBy) {
        Instant recordedAt = GenericEventMessage.clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long sequence = state.version();
        String previousHash = headHash;
        for (MatchEvent event : events) {
            MetaData chain = ChainMetaData.of(new EventHash(previousHash, ++sequence, event, recordedAt, recordedBy));
            apply(event, chain.and(Recorder.RECORDED_BY, recordedBy));
            previousHash = (String) chain.get(ChainMetaData.HASH);
        }
    }
}
