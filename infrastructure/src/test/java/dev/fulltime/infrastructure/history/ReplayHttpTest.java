package dev.fulltime.infrastructure.history;

import static dev.fulltime.infrastructure.support.MatchApi.fact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.history.SseClient.Event;
import dev.fulltime.infrastructure.history.SseClient.Received;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import dev.fulltime.infrastructure.support.MatchApi;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A match replayed as Server-Sent Events, read by a plain java.net.http client as the events arrive. */
@FulltimeHttpTest
class ReplayHttpTest {

    private static final String LIVERPOOL = "Liverpool FC";
    private static final String REAL_MADRID = "Real Madrid";

    @LocalServerPort
    int port;

    private MatchApi matches;
    private SseClient sse;

    @BeforeEach
    void connect() {
        matches = new MatchApi(new ApiClient(port));
        sse = new SseClient(port);
    }

    private Received replay(String matchId, String speed) {
        return sse.read("/api/matches/" + matchId + "/replay?speed=" + speed);
    }

    private static String score(JsonNode score) {
        return score.path("home").asInt() + "-" + score.path("away").asInt();
    }

    private static List<Event> facts(Received stream) {
        return stream.events().stream().filter(event -> "fact".equals(event.name())).toList();
    }

    @Test
    void everyFactOfTheFirstLegArrivesInClockOrderWithTheRunningScoreThenTheEnd() {
        String anfield = SeedTie.recordFirstLeg(matches);

        Received stream = replay(anfield, "0");

        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.contentType()).startsWith("text/event-stream");
        assertThat(facts(stream))
                .extracting(event -> event.data().path("fact").path("type").asText(),
                        event -> event.data().path("fact").path("minute").asText(null),
                        event -> score(event.data().path("scoreboard").path("score")),
                        event -> event.data().path("scoreboard").path("period").asText(),
                        event -> event.data().path("scoreboard").path("status").asText())
                .containsExactly(
                        tuple("PERIOD_STARTED", null, "0-0", "FIRST_HALF", "LIVE"),
                        tuple("GOAL", "4", "1-0", "FIRST_HALF", "LIVE"),
                        tuple("GOAL", "14", "2-0", "FIRST_HALF", "LIVE"),
                        tuple("GOAL", "21", "2-1", "FIRST_HALF", "LIVE"),
                        tuple("GOAL", "36", "2-2", "FIRST_HALF", "LIVE"),
                        tuple("PERIOD_ENDED", null, "2-2", "FIRST_HALF", "LIVE"),
                        tuple("PERIOD_STARTED", null, "2-2", "SECOND_HALF", "LIVE"),
                        tuple("GOAL", "47", "2-3", "SECOND_HALF", "LIVE"),
                        tuple("GOAL", "55", "2-4", "SECOND_HALF", "LIVE"),
                        tuple("GOAL", "67", "2-5", "SECOND_HALF", "LIVE"),
                        tuple("PERIOD_ENDED", null, "2-5", "SECOND_HALF", "LIVE"),
                        tuple("MATCH_ENDED", null, "2-5", "SECOND_HALF", "FINISHED"));
        assertThat(facts(stream)).allSatisfy(event -> {
            assertThat(event.id()).isEqualTo(event.data().path("fact").path("sequence").asText());
            assertThat(event.data().path("fact").path("score")).isEqualTo(event.data().path("scoreboard").path("score"));
        });
        assertThat(stream.events()).hasSize(13).last().satisfies(end -> {
            assertThat(end.name()).isEqualTo("end");
            assertThat(end.data().path("matchId").asText()).isEqualTo(anfield);
            assertThat(end.data().path("status").asText()).isEqualTo("FINISHED");
            assertThat(score(end.data().path("score"))).isEqualTo("2-5");
        });
    }

    @Test
    void factsComeInMatchClockOrderWhateverTheOrderTheyWereRecordedInAndAsCorrected() {
        String paris = matches.create(LIVERPOOL, REAL_MADRID);
        matches.kickOff(paris);
        String benzema = matches.recordOk(paris, fact("GOAL", "team", REAL_MADRID, "player", "Karim Benzema",
                "period", "FIRST_HALF", "kind", "REGULAR"));
        matches.recordOk(paris, fact("GOAL_DISALLOWED", "goalEventId", benzema, "reason", "offside"));
        String lateReport = matches.goal(paris, REAL_MADRID, "Federico Valverde", "40");
        String earlier = matches.goal(paris, LIVERPOOL, "Mohamed Salah", "30");
        matches.recordOk(paris, fact("PERIOD_ENDED", "period", "FIRST_HALF"));
        matches.recordOk(paris, fact("PERIOD_STARTED", "period", "SECOND_HALF"));
        String vinicius = matches.goal(paris, REAL_MADRID, "Vinícius Júnior", "58");
        matches.recordOk(paris, fact("CORRECTION", "targetEventId", vinicius, "minute", "59"));

        List<Event> facts = facts(replay(paris, "0"));

        assertThat(facts)
                .extracting(event -> event.data().path("fact").path("eventId").asText(),
                        event -> event.data().path("fact").path("minute").asText(null),
                        event -> event.data().path("fact").path("status").asText(),
                        event -> score(event.data().path("scoreboard").path("score")))
                .containsSubsequence(
                        tuple(earlier, "30", "VALID", "1-0"),
                        tuple(lateReport, "40", "VALID", "1-1"),
                        tuple(benzema, null, "DISALLOWED", "1-1"),
                        tuple(vinicius, "59", "CORRECTED", "1-2"));
        assertThat(facts).extracting(event -> Long.parseLong(event.id()))
                .as("sequences in match-clock order").containsExactly(1L, 5L, 4L, 2L, 6L, 7L, 8L);
    }

    @Test
    void atAMatchHourASecondTheReplayWaitsForTheMatchTimeBetweenTheFacts() {
        String anfield = SeedTie.recordFirstLeg(matches);

        Received stream = replay(anfield, "3600");

        assertThat(stream.events()).hasSize(13);
        assertThat(stream.took()).as("56 minutes of match time between the first and the last goal, at 60 a second")
                .isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void anUnknownMatchIsAProblemBeforeTheStreamStarts() {
        Received answer = replay("no-such-match", "0");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().path("detail").asText()).contains("no-such-match");
    }

    @ParameterizedTest(name = "speed={0}")
    @ValueSource(strings = {"-1", "5401", "1000000000000", "fast", "1.5"})
    void aNegativeOrAbsurdSpeedIsRefusedNamingTheParameter(String speed) {
        String matchId = matches.create(LIVERPOOL, REAL_MADRID);

        Received answer = replay(matchId, speed);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().path("detail").asText()).contains("speed");
    }
}
