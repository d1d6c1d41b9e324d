package dev.fulltime.application.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fulltime.application.integrity.FindIntegrity;
import dev.fulltime.application.integrity.MatchIntegrity;
import dev.fulltime.application.matchlog.FindMatchLog;
import dev.fulltime.application.matchlog.LoggedEvent;
import dev.fulltime.application.matchlog.MatchLog;
import dev.fulltime.application.store.Commands;
import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.RuleViolation;
import dev.fulltime.domain.match.command.MatchCommand;
import dev.fulltime.domain.match.command.RecordGoal;
import dev.fulltime.domain.match.command.ScheduleMatch;
import dev.fulltime.domain.match.command.StartPeriod;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Facts committed together against the real event store: a writer is given its batch before it starts, so that the
 * batch is exactly what the test queued.
 */
@FulltimeHttpTest
class GroupCommitTest {

    private static final Recorder CREATOR = new Recorder("admin", "test");

    @Autowired
    private MatchRecording recording;
    @Autowired
    private Commands commands;
    @Autowired
    private TransactionManager transactionManager;
    @Autowired
    private SeparateCommits separateCommits;
    @Autowired
    private QueryGateway queries;

    private CountingTransactions batchTransactions;
    private FactWriter writer;

    @BeforeEach
    void newWriter() {
        batchTransactions = new CountingTransactions(transactionManager);
        writer = new FactWriter("test-writer", new GroupCommit(commands, batchTransactions), separateCommits, 200);
    }

    @AfterEach
    void endWriter() throws InterruptedException {
        writer.end(10_000);
    }

    @Test
    void aBatchOnManyMatchesIsOneCommitWithEveryFactInItsMatchsOrder() {
        Map<String, List<PendingFact>> byMatch = new LinkedHashMap<>();
        for (int m = 0; m < 20; m++) {
            byMatch.put(newMatch(), new ArrayList<>());
        }
        for (int n = 0; n < 5; n++) {
            byMatch.forEach((matchId, facts) -> facts.add(queue(matchId,
                    facts.isEmpty() ? kickOff() : goal(facts.size()), null, scorer(matchId))));
        }

        writer.start();

        byMatch.forEach((matchId, facts) -> {
            List<RecordedFact> answers = facts.stream().map(pending -> pending.answer().join()).toList();
            List<LoggedEvent> stored = log(matchId).subList(1, 6);
            assertThat(stored).extracting(LoggedEvent::eventId)
                    .containsExactlyElementsOf(answers.stream().map(RecordedFact::eventId).toList());
            assertThat(stored).extracting(LoggedEvent::sequence)
                    .containsExactlyElementsOf(answers.stream().map(RecordedFact::sequence).toList());
            assertThat(stored).extracting(LoggedEvent::recordedBy).containsOnly(scorer(matchId).recordedBy());
            assertThat(integrity(matchId)).returns(true, MatchIntegrity::valid).returns(6, MatchIntegrity::events);
        });
        assertThat(batchTransactions.commits()).isEqualTo(1);
        assertThat(batchTransactions.rollbacks()).isZero();
    }

    @Test
    void aRefusedFactIsAnsweredWithItsRefusalAndTheOthersOfItsBatchAreStored() {
        String refusing = newMatch();
        String accepting = newMatch();
        PendingFact before = queue(accepting, kickOff(), null, CREATOR);
        PendingFact goalBeforeKickOff = queue(refusing, goal(1), null, CREATOR);
        PendingFact after = queue(accepting, goal(1), null, CREATOR);

        writer.start();

        assertThatThrownBy(() -> goalBeforeKickOff.answer().join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(RuleViolation.class);
        assertThat(List.of(before.answer().join().version(), after.answer().join().version())).containsExactly(1L, 2L);
        // the batch was rolled back: had it left its state cached, the facts recorded again would answer as repeats
        // without being stored
        assertThat(log(accepting)).extracting(LoggedEvent::eventId).containsExactly(
                log(accepting).get(0).eventId(), before.fact().command().eventId(), after.fact().command().eventId());
        assertThat(log(refusing)).hasSize(1);
        assertThat(integrity(accepting).valid()).isTrue();
        assertThat(batchTransactions.rollbacks()).isEqualTo(1);
    }

    @Test
    void aStaleExpectedVersionIsRefusedAsWhenRecordedAlone() {
        String matchId = newMatch();
        PendingFact first = queue(matchId, kickOff(), 0L, CREATOR);
        PendingFact second = queue(matchId, goal(1), 0L, CREATOR);

        writer.start();

        assertThat(first.answer().join().version()).isEqualTo(1);
        assertThatThrownBy(() -> second.answer().join()).hasCauseInstanceOf(StaleVersionException.class);
        assertThat(log(matchId)).hasSize(2);
    }

    @Test
    void aFactRepeatedInABatchIsStoredOnceAndAnsweredAlikeBothTimes() {
        String matchId = newMatch();
        MatchCommand kickOff = kickOff();
        PendingFact first = queue(matchId, kickOff, null, CREATOR);
        PendingFact repeated = queue(matchId, kickOff, null, CREATOR);

        writer.start();

        assertThat(repeated.answer().join()).isEqualTo(first.answer().join());
        assertThat(log(matchId)).hasSize(2);
        assertThat(batchTransactions.commits()).isEqualTo(1);
    }

    @Test
    void aFactForNoSuchMatchIsNotFoundAndTheOthersAreStored() {
        String matchId = newMatch();
        PendingFact stored = queue(matchId, kickOff(), null, CREATOR);
        PendingFact nowhere = queue("no-such-match-" + UUID.randomUUID(), kickOff(), null, CREATOR);

        writer.start();

        assertThat(stored.answer().join().version()).isEqualTo(1);
        assertThatThrownBy(() -> nowhere.answer().join()).hasCauseInstanceOf(AggregateNotFoundException.class);
    }

    @Test
    void anEndingWriterWritesWhatIsQueuedAndTakesNoMore() throws InterruptedException {
        String matchId = newMatch();
        PendingFact queued = queue(matchId, kickOff(), null, CREATOR);
        writer.start();

        writer.end(10_000);

        assertThat(queued.answer()).isCompleted();
        assertThat(writer.offer(new PendingFact(new RecordFact(matchId, goal(1), null), CREATOR))).isFalse();
        assertThat(log(matchId)).hasSize(2);
    }

    @Test
    void concurrentCallersOnManyMatchesHaveEveryFactStoredOnceInTheOrderEachSentThem() throws Exception {
        int callers = 8;
        int matchesEach = 4;
        int factsEach = 10;
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        List<Future<Map<String, List<String>>>> sent = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            sent.add(threads.submit(() -> feed(matchesEach, factsEach)));
        }
        threads.shutdown();

        for (Future<Map<String, List<String>>> caller : sent) {
            caller.get().forEach((matchId, eventIds) -> {
                assertThat(log(matchId)).extracting(LoggedEvent::eventId).containsExactlyElementsOf(eventIds);
                assertThat(integrity(matchId).valid()).isTrue();
            });
        }
    }

    /** Round-robin over new matches of its own, as a feed does; answers each match's event ids in the order sent. */
    private Map<String, List<String>> feed(int matches, int facts) {
        Map<String, List<String>> sent = new LinkedHashMap<>();
        for (int m = 0; m < matches; m++) {
            ScheduleMatch schedule = schedule();
            recording.create(schedule, CREATOR);
            sent.put(schedule.matchId(), new ArrayList<>(List.of(schedule.eventId())));
        }
        for (int n = 0; n < facts; n++) {
            for (Map.Entry<String, List<String>> match : sent.entrySet()) {
                MatchCommand command = n == 0 ? kickOff() : goal(n);
                recording.record(match.getKey(), command, null, scorer(match.getKey()));
                match.getValue().add(command.eventId());
            }
        }
        return sent;
    }

    private PendingFact queue(String matchId, MatchCommand command, Long expectedVersion, Recorder recorder) {
        PendingFact pending = new PendingFact(new RecordFact(matchId, command, expectedVersion), recorder);
        assertThat(writer.offer(pending)).isTrue();
        return pending;
    }

    private String newMatch() {
        return recording.create(schedule(), CREATOR);
    }

    private static ScheduleMatch schedule() {
        return new ScheduleMatch(UUID.randomUUID().toString(), "grouped-" + UUID.randomUUID(), "Home FC", "Away FC",
                Instant.parse("2024-05-01T18:00:00Z"), "Ground", null, null, null, null);
    }

    private static Recorder scorer(String matchId) {
        return new Recorder("scorer-of-" + matchId, "test");
    }

    private static MatchCommand kickOff() {
        return new StartPeriod(UUID.randomUUID().toString(), Period.FIRST_HALF);
    }

    private static MatchCommand goal(int minute) {
        return new RecordGoal(UUID.randomUUID().toString(), "Home FC", "Player " + minute, Minute.of(minute), null,
                GoalKind.REGULAR);
    }

    private List<LoggedEvent> log(String matchId) {
        return queries.query(new FindMatchLog(matchId), ResponseTypes.optionalInstanceOf(MatchLog.class)).join()
                .orElseThrow().events();
    }

    private MatchIntegrity integrity(String matchId) {
        return queries.query(new FindIntegrity(matchId), ResponseTypes.optionalInstanceOf(MatchIntegrity.class))
                .join().orElseThrow();
    }
}
