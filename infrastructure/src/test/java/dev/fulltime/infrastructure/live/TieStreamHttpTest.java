package dev.fulltime.infrastructure.live;

import static dev.fulltime.infrastructure.support.MatchApi.fact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.live.LiveStreamClient.Event;
import dev.fulltime.infrastructure.live.LiveStreamClient.OpenStream;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import dev.fulltime.infrastructure.support.MatchApi;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A two-legged tie's live stream, updated as its legs' facts are recorded. */
@FulltimeHttpTest
class TieStreamHttpTest {

    private static final String LIVERPOOL = "Liverpool FC";
    private static final String REAL_MADRID = "Real Madrid";
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    private ApiClient api;
    private MatchApi matches;
    private LiveStreamClient live;
    private String tieId;
    private String anfield;

    @BeforeEach
    void createTheTieAndItsFirstLeg() {
        api = new ApiClient(port);
        matches = new MatchApi(api);
        live = new LiveStreamClient(port);
        String competitionId = api.post("/api/competitions", Map.of("name", "UEFA Champions League",
                "season", "2022-23")).body().path("competitionId").asText();
        tieId = api.post("/api/ties", Map.of("competitionId", competitionId, "round", "Round of 16",
                "teamA", LIVERPOOL, "teamB", REAL_MADRID, "legs", 2)).body().path("tieId").asText();
        anfield = matches.create(Map.of("tieId", tieId, "leg", 1, "homeTeam", LIVERPOOL, "awayTeam", REAL_MADRID));
        matches.kickOff(anfield);
        matches.awaitBody("/api/ties/" + tieId, tie -> tie.path("legs").size() == 1
                && "LIVE".equals(tie.path("legs").get(0).path("status").asText()));
    }

    private static String aggregate(Event event) {
        JsonNode aggregate = event.data().path("tie").path("aggregate");
        return aggregate.path("teamA").asInt() + "-" + aggregate.path("teamB").asInt();
    }

    @Test
    void aGoalInALegUpdatesTheTieStream() {
        try (OpenStream stream = live.open("/api/ties/" + tieId + "/stream", Map.of())) {
            assertThat(stream.status()).isEqualTo(200);
            await().atMost(PATIENCE).until(() -> stream.events().size() == 1);
            Event now = stream.events().get(0);
            assertThat(now.name()).isEqualTo("tie");
            assertThat(now.data().path("tie").path("tieId").asText()).isEqualTo(tieId);
            assertThat(aggregate(now)).isEqualTo("0-0");

            matches.goal(anfield, LIVERPOOL, "Darwin Núñez", "4");

            await().atMost(Duration.ofSeconds(1)).until(() -> stream.events().size() == 2);
            Event goal = stream.events().get(1);
            assertThat(aggregate(goal)).isEqualTo("1-0");
            assertThat(goal.id()).isGreaterThan(now.id()).isEqualTo(goal.data().path("version").asLong());
        }
    }

    @Test
    void aClientThatComesBackWithLastEventIdGetsTheLatestTieOnce() {
        long k;
        try (OpenStream first = live.open("/api/ties/" + tieId + "/stream", Map.of())) {
            await().atMost(PATIENCE).until(() -> first.events().size() == 1);
            k = first.events().get(0).id();
        }
        matches.goal(anfield, LIVERPOOL, "Darwin Núñez", "4");
        matches.recordOk(anfield, fact("PERIOD_ENDED", "period", "FIRST_HALF"));
        matches.awaitBody("/api/ties/" + tieId, tie -> "1-0".equals(
                tie.path("aggregate").path("teamA").asInt() + "-" + tie.path("aggregate").path("teamB").asInt()));
        matches.timelineAt(anfield, 3);

        try (OpenStream resumed = live.open("/api/ties/" + tieId + "/stream",
                Map.of("Last-Event-ID", Long.toString(k)))) {
            await().atMost(PATIENCE).until(() -> !resumed.events().isEmpty());
            List<Event> events = resumed.events();
            assertThat(events.get(0).id()).isEqualTo(k + 2);
            assertThat(aggregate(events.get(0))).isEqualTo("1-0");
            assertThat(events).allSatisfy(event -> assertThat(event.id()).isGreaterThan(k));
        }
    }

    @Test
    void anUnknownTieIsAProblemBeforeTheStreamStarts() {
        OpenStream answer = live.open("/api/ties/no-such-tie/stream");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().path("detail").asText()).contains("no-such-tie");
    }
}
