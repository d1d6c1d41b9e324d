package dev.fulltime.infrastructure.readmodel;

import static dev.fulltime.infrastructure.support.MatchApi.fact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.fulltime.application.matchview.MatchQueries.FindScoreboard;
import dev.fulltime.application.matchview.MatchQueries.FindTimeline;
import dev.fulltime.application.matchview.MatchScoreboard;
import dev.fulltime.application.matchview.MatchTimeline;
import dev.fulltime.application.matchview.MatchViewListener;
import dev.fulltime.application.readmodel.ReadModelProcessing;
import dev.fulltime.domain.match.MatchDecider;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.event.MatchEvent;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import dev.fulltime.infrastructure.support.MatchApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/**
 * The facts of several matches, recorded while the read models' processor is stopped, interleaved, reach it in
 * batches of many matches each: every match view comes out as the match's log folded fact by fact, and a listener
 * that acts once the projection has committed hears of every version of every match once, in order.
 */
@FulltimeHttpTest
class BatchedProjectionHttpTest {

    private static final int MATCHES = 4;
    private static final int GOALS_PER_MATCH = 25;

    @LocalServerPort
    int port;

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;
    @Autowired
    CommittedVersions committed;

    private MatchApi matches;

    @BeforeEach
    void connect() {
        matches = new MatchApi(new ApiClient(port));
    }

    @Test
    void matchViewsProjectedInBatchesAreTheirLogsFoldedFactByFact() {
        StreamingEventProcessor readModels = processing
                .eventProcessor(ReadModelProcessing.GROUP, StreamingEventProcessor.class).orElseThrow();
        readModels.shutDown();
        List<String> matchIds = new ArrayList<>();
        try {
            for (int match = 0; match < MATCHES; match++) {
                matchIds.add(matches.create("Liverpool FC", "Real Madrid"));
            }
            matchIds.forEach(matches::kickOff);
            for (int goal = 0; goal < GOALS_PER_MATCH; goal++) {
                for (String matchId : matchIds) {
                    recordInterleaved(matchId, goal);
                }
            }
        } finally {
            readModels.start();
        }

        for (String matchId : matchIds) {
            MatchState folded = foldedLog(matchId);
            await().atMost(Duration.ofSeconds(20)).until(() -> committed.versionsOf(matchId).contains(folded.version()));
            assertThat(scoreboard(matchId)).contains(MatchScoreboard.of(folded));
            assertThat(timeline(matchId))
                    .contains(new MatchTimeline(matchId, folded.version(), folded.timeline()));
            assertThat(committed.versionsOf(matchId)).as("versions heard for %s", matchId)
                    .containsExactlyElementsOf(LongStream.rangeClosed(0, folded.version()).boxed().toList());
        }
    }

    /** A goal, disallowed or corrected now and then, so that the batches also amend what they hold. */
    private void recordInterleaved(String matchId, int goal) {
        String team = goal % 2 == 0 ? "Liverpool FC" : "Real Madrid";
        String eventId = matches.goal(matchId, team, "Player " + goal, Integer.toString(goal + 1));
        if (goal % 7 == 3) {
            matches.recordOk(matchId, fact("GOAL_DISALLOWED", "goalEventId", eventId, "reason", "offside"));
        } else if (goal % 7 == 5) {
            matches.recordOk(matchId, fact("CORRECTION", "targetEventId", eventId, "minute", "44"));
        }
    }

    private MatchState foldedLog(String matchId) {
        return MatchDecider.replay(eventStore.readEvents(matchId).asStream()
                .map(message -> (MatchEvent) message.getPayload())
                .toList());
    }

    private Optional<MatchScoreboard> scoreboard(String matchId) {
        return queries.query(new FindScoreboard(matchId), ResponseTypes.optionalInstanceOf(MatchScoreboard.class))
                .join();
    }

    private Optional<MatchTimeline> timeline(String matchId) {
        return queries.query(new FindTimeline(matchId), ResponseTypes.optionalInstanceOf(MatchTimeline.class))
                .join();
    }

    @TestConfiguration
    static class Listening {

        @Bean
        CommittedVersions committedVersions() {
            return new CommittedVersions();
        }
    }

    /** The versions of each match as a listener acting after commit hears them: gathered per unit of work. */
    static class CommittedVersions implements MatchViewListener {

        private static final String HEARD = CommittedVersions.class.getName();

        private final Map<String, List<Long>> versions = new ConcurrentHashMap<>();

        @Override
        public void projected(MatchState state) {
            UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
            List<MatchState> heard = unitOfWork.getOrComputeResource(HEARD, key -> {
                List<MatchState> states = new ArrayList<>();
                unitOfWork.afterCommit(done -> states.forEach(this::record));
                return states;
            });
            heard.add(state);
        }

        List<Long> versionsOf(String matchId) {
            return versions.getOrDefault(matchId, List.of());
        }

        private void record(MatchState state) {
            versions.computeIfAbsent(state.match().matchId(), id -> new CopyOnWriteArrayList<>()).add(state.version());
        }
    }
}
