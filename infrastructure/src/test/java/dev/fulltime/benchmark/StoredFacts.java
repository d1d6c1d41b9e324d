package dev.fulltime.benchmark;

import dev.fulltime.application.integrity.ChainMetaData;
import dev.fulltime.application.integrity.EventHash;
import dev.fulltime.application.match.Recorder;
import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.MatchDecider;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.command.MatchCommand;
import dev.fulltime.domain.match.command.RecordGoal;
import dev.fulltime.domain.match.command.ScheduleMatch;
import dev.fulltime.domain.match.command.StartPeriod;
import dev.fulltime.domain.match.event.MatchEvent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

/**
 * Fills the event store quickly with matches as the command side would have stored them: each stream decided and
 * evolved by the domain, chained as {@code MatchAggregate} chains it, then appended through Axon's event store in
 * large transactions (the read models' processors are stopped meanwhile; the rebuild is what is measured).
 */
final class StoredFacts {

    private static final int PER_TRANSACTION = 2_000;

    private final EventStore eventStore;
    private final TransactionManager transactions;

    StoredFacts(EventStore eventStore, TransactionManager transactions) {
        this.eventStore = eventStore;
        this.transactions = transactions;
    }

    /** Appends {@code facts} events in matches of {@link LiveMatches#FACTS_PER_MATCH}. */
    void append(String prefix, int facts) {
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        int stored = 0;
        for (int match = 0; stored < facts; match++) {
            List<DomainEventMessage<?>> stream = match(prefix + "-" + match,
                    Math.min(LiveMatches.FACTS_PER_MATCH, facts - stored));
            batch.addAll(stream);
            stored += stream.size();
            if (batch.size() >= PER_TRANSACTION || stored >= facts) {
                List<DomainEventMessage<?>> appending = List.copyOf(batch);
                transactions.executeInTransaction(() -> eventStore.publish(appending));
                batch.clear();
            }
        }
    }

    private static List<DomainEventMessage<?>> match(String matchId, int facts) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        MatchState state = MatchDecider.initial();
        String previousHash = EventHash.GENESIS;
        Instant recordedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (int n = 0; n < facts; n++) {
            for (MatchEvent event : MatchDecider.decide(command(matchId, n), state)) {
                long sequence = state.version() + 1;
                MetaData chain = ChainMetaData.of(new EventHash(previousHash, sequence, event, recordedAt, "admin"));
                messages.add(new GenericDomainEventMessage<>("MatchAggregate", matchId, sequence, event,
                        chain.and(Recorder.RECORDED_BY, "admin").and(Recorder.SOURCE, "bench")));
                previousHash = (String) chain.get(ChainMetaData.HASH);
                state = MatchDecider.evolve(state, event);
            }
        }
        return messages;
    }

    private static MatchCommand command(String matchId, int n) {
        String eventId = UUID.randomUUID().toString();
        return switch (n) {
            case 0 -> new ScheduleMatch(eventId, matchId, LiveMatches.HOME, LiveMatches.AWAY, Instant.now(),
                    "Bench Park", null, null, null, null);
            case 1 -> new StartPeriod(eventId, Period.FIRST_HALF);
            default -> new RecordGoal(eventId, n % 2 == 0 ? LiveMatches.HOME : LiveMatches.AWAY,
                    "Player " + (n % 11 + 1), Minute.of(n % 45 + 1), null, GoalKind.REGULAR);
        };
    }
}
