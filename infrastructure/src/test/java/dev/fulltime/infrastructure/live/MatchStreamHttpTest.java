package dev.fulltime.infrastructure.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.fulltime.application.live.LiveTopic;
import dev.fulltime.application.live.LiveUpdates;
import dev.fulltime.infrastructure.live.LiveStreamClient.Event;
import dev.fulltime.infrastructure.live.LiveStreamClient.OpenStream;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import dev.fulltime.infrastructure.support.MatchApi;
import dev.fulltime.infrastructure.web.live.OpenStreams;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** A match's live stream read over real HTTP as its facts are recorded. */
@FulltimeHttpTest
@TestPropertySource(properties = "fulltime.live.heartbeat=200ms")
class MatchStreamHttpTest {

    private static final String LIVERPOOL = "Liverpool FC";
    private static final String REAL_MADRID = "Real Madrid";
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Autowired
    OpenStreams openStreams;
    @Autowired
    LiveUpdates liveUpdates;

    private MatchApi matches;
    private LiveStreamClient live;
    private String matchId;

    @BeforeEach
    void kickOff() {
        matches = new MatchApi(new ApiClient(port));
        live = new LiveStreamClient(port);
        matchId = matches.create(LIVERPOOL, REAL_MADRID);
        matches.kickOff(matchId);
        matches.scoreboardAt(matchId, 1);
    }

    private OpenStream stream(Map<String, String> headers) {
        OpenStream stream = live.open("/api/matches/" + matchId + "/stream", headers);
        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.contentType()).startsWith("text/event-stream");
        return stream;
    }

    private static Event awaitEvent(OpenStream stream, long version, Duration within) {
        await().atMost(within).until(() -> stream.events().stream().anyMatch(event -> event.id() == version));
        return stream.events().stream().filter(event -> event.id() == version).findFirst().orElseThrow();
    }

    private static String score(Event event) {
        var score = event.data().path("scoreboard").path("score");
        return score.path("home").asInt() + "-" + score.path("away").asInt();
    }

    private static List<Long> ids(OpenStream stream) {
        return stream.events().stream().map(Event::id).toList();
    }

    @Test
    void theStreamStartsWithTheMatchAsItStandsAndAGoalArrivesWithinASecond() {
        try (OpenStream stream = stream(Map.of())) {
            Event now = awaitEvent(stream, 1, PATIENCE);
            assertThat(now.name()).isEqualTo("match");
            assertThat(now.data().path("version").asLong()).isEqualTo(1);
            assertThat(now.data().path("scoreboard").path("status").asText()).isEqualTo("LIVE");
            assertThat(score(now)).isEqualTo("0-0");

            matches.goal(matchId, LIVERPOOL, "Darwin Núñez", "4");

            Event goal = awaitEvent(stream, 2, Duration.ofSeconds(1));
            assertThat(score(goal)).isEqualTo("1-0");
            assertThat(goal.data().path("timeline")).anySatisfy(entry ->
                    assertThat(entry.path("player").asText()).isEqualTo("Darwin Núñez"));
            assertThat(ids(stream)).containsExactly(1L, 2L);
        }
    }

    @Test
    void aClientThatComesBackWithLastEventIdGetsTheLatestStateThenOnlyNewerVersions() {
        long k;
        try (OpenStream first = stream(Map.of())) {
            k = awaitEvent(first, 1, PATIENCE).id();
        }
        matches.goal(matchId, LIVERPOOL, "Darwin Núñez", "4");
        matches.goal(matchId, LIVERPOOL, "Mohamed Salah", "14");
        matches.scoreboardAt(matchId, 3);

        try (OpenStream resumed = stream(Map.of("Last-Event-ID", Long.toString(k)))) {
            Event latest = awaitEvent(resumed, 3, PATIENCE);
            assertThat(score(latest)).isEqualTo("2-0");
            assertThat(latest.data().path("timeline")).hasSize(3);

            matches.goal(matchId, REAL_MADRID, "Vinícius Júnior", "21");

            awaitEvent(resumed, 4, PATIENCE);
            assertThat(ids(resumed)).containsExactly(3L, 4L);
        }
    }

    @Test
    void aClientAlreadyUpToDateGetsNothingUntilTheNextVersion() {
        try (OpenStream resumed = live.open("/api/matches/" + matchId + "/stream?lastEventId=1", Map.of())) {
            assertThat(resumed.status()).isEqualTo(200);
            await().atMost(PATIENCE).until(() -> resumed.lines().stream().anyMatch(line -> line.startsWith(":")));
            assertThat(resumed.events()).isEmpty();

            matches.goal(matchId, LIVERPOOL, "Darwin Núñez", "4");

            awaitEvent(resumed, 2, PATIENCE);
            assertThat(ids(resumed)).containsExactly(2L);
        }
    }

    @Test
    void anIdleStreamGetsHeartbeatComments() {
        try (OpenStream stream = stream(Map.of())) {
            await().atMost(PATIENCE).until(() -> stream.lines().stream().filter(line -> line.startsWith(":"))
                    .count() >= 2);
            assertThat(stream.events()).extracting(Event::id).containsExactly(1L);
        }
    }

    @Test
    void theSubscriptionIsClosedWhenTheClientHangsUp() {
        await().atMost(PATIENCE).until(() -> openStreams.count() == 0);
        OpenStream stream = stream(Map.of());
        awaitEvent(stream, 1, PATIENCE);
        assertThat(openStreams.count()).isEqualTo(1);
        assertThat(liveUpdates.isWatched(LiveTopic.match(matchId))).isTrue();

        stream.close();

        await().atMost(PATIENCE).until(() -> openStreams.count() == 0);
        assertThat(liveUpdates.isWatched(LiveTopic.match(matchId))).isFalse();
    }

    @Test
    void anUnknownMatchIsAProblemBeforeTheStreamStarts() {
        OpenStream answer = live.open("/api/matches/no-such-match/stream");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(liveUpdates.isWatched(LiveTopic.match("no-such-match"))).isFalse();
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().path("detail").asText()).contains("no-such-match");
    }

    @Test
    void aLastEventIdThatIsNoVersionIsRefused() {
        OpenStream answer = live.open("/api/matches/" + matchId + "/stream", Map.of("Last-Event-ID", "soon"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().path("detail").asText()).contains("Last-Event-ID");
    }
}
