package dev.fulltime.infrastructure.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import dev.fulltime.infrastructure.support.MatchApi;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Reading the past asks for one point of it, well formed; anything else is a problem naming the parameter. */
@FulltimeHttpTest
class PastParametersHttpTest {

    @LocalServerPort
    int port;

    private ApiClient api;
    private String matchId;

    @BeforeEach
    void createAMatch() {
        api = new ApiClient(port);
        matchId = new MatchApi(api).create("Liverpool FC", "Real Madrid");
    }

    private static JsonNode problem(Answer answer, int status) {
        assertThat(answer.status()).as("status of %s", answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().path("title").asText()).isNotBlank();
        return answer.body();
    }

    @ParameterizedTest(name = "?{0} names {1}")
    @CsvSource(delimiter = '|', value = {
        "atSequence=-1 | atSequence",
        "atSequence=seven | atSequence",
        "atSequence= | atSequence",
        "atMinute=46%2B1 | atMinute",
        "atMinute=121 | atMinute",
        "atMinute=half-time | atMinute",
        "asOf=yesterday | asOf",
        "asOf=2023-02-21 | asOf"})
    void aMalformedPointIsRefusedNamingItsParameter(String query, String parameter) {
        JsonNode problem = problem(api.get("/api/matches/" + matchId + "?" + query), 400);

        assertThat(problem.path("detail").asText()).contains(parameter);
    }

    @Test
    void moreThanOnePointIsRefused() {
        JsonNode problem = problem(api.get("/api/matches/" + matchId + "?atSequence=1&atMinute=10"), 400);

        assertThat(problem.path("detail").asText()).contains("atSequence", "atMinute", "asOf");
    }

    @Test
    void aTieAsOfAMalformedInstantIsRefusedNamingTheParameter() {
        JsonNode problem = problem(api.get("/api/ties/any-tie?asOf=last-week"), 400);

        assertThat(problem.path("detail").asText()).contains("asOf");
    }

    @Test
    void anInstantWithAnOffsetIsReadAsTheInstantItNames() {
        assertThat(api.get("/api/matches/" + matchId + "?asOf=2999-01-01T01:00:00%2B01:00").status()).isEqualTo(200);
        assertThat(api.get("/api/matches/" + matchId + "?asOf=2999-01-01T01:00:00+01:00").status()).isEqualTo(200);
    }

    @Test
    void theUnknownHasNoPast() {
        problem(api.get("/api/matches/no-such-match?atMinute=10"), 404);
        problem(api.get("/api/matches/no-such-match?atSequence=0"), 404);
        problem(api.get("/api/ties/no-such-tie?asOf=2023-02-21T21:43:00Z"), 404);
    }

    @Test
    void aTieIsNotAMatchNorAMatchATie() {
        String competitionId = api.post("/api/competitions", Map.of("name", "UEFA Champions League",
                "season", "2022-23")).body().path("competitionId").asText();
        String tieId = api.post("/api/ties", Map.of("competitionId", competitionId, "round", "Final",
                "teamA", "Liverpool FC", "teamB", "Real Madrid", "legs", 1)).body().path("tieId").asText();

        problem(api.get("/api/matches/" + tieId + "?atSequence=0"), 404);
        problem(api.get("/api/matches/" + competitionId + "?asOf=2999-01-01T00:00:00Z"), 404);
        problem(api.get("/api/ties/" + matchId + "?asOf=2999-01-01T00:00:00Z"), 404);
    }

    @Test
    void aScheduledMatchIsScheduledAtEveryPointOfItsPast() {
        Answer answer = api.get("/api/matches/" + matchId + "?atMinute=30");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("status").asText()).isEqualTo("SCHEDULED");
        assertThat(answer.body().has("period")).isFalse();
        assertThat(answer.body().path("score").path("home").asInt()).isZero();
        assertThat(answer.body().path("score").path("away").asInt()).isZero();
        assertThat(answer.body().path("version").asLong()).isZero();
    }
}
