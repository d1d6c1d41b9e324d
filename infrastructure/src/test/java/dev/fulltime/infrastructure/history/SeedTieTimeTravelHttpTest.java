package dev.fulltime.infrastructure.history;

import static dev.fulltime.infrastructure.history.SeedTie.LIVERPOOL;
import static dev.fulltime.infrastructure.history.SeedTie.REAL_MADRID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import dev.fulltime.infrastructure.support.MatchApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The seed tie of 2022-23, recorded once over HTTP, read back on both time axes: the first leg on the match clock, the
 * tie as the system knew it between the legs, and now.
 */
@FulltimeHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedTieTimeTravelHttpTest {

    @LocalServerPort
    int port;

    private ApiClient api;
    private SeedTie tie;

    @BeforeAll
    void recordTheTie() {
        api = new ApiClient(port);
        tie = SeedTie.record(new MatchApi(api));
    }

    private JsonNode ok(String path) {
        Answer answer = api.get(path);
        assertThat(answer.status()).as("GET %s: %s", path, answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static String score(JsonNode score) {
        return score.path("home").asInt() + "-" + score.path("away").asInt();
    }

    private static String aggregate(JsonNode tie) {
        return tie.path("aggregate").path("teamA").asInt() + "-" + tie.path("aggregate").path("teamB").asInt();
    }

    @Test
    void atMinuteFourteenOfTheFirstLegLiverpoolLeadTwoNil() {
        JsonNode scoreboard = ok("/api/matches/" + tie.firstLeg() + "?atMinute=14");

        assertThat(score(scoreboard.path("score"))).isEqualTo("2-0");
        assertThat(scoreboard.path("status").asText()).isEqualTo("LIVE");
        assertThat(scoreboard.path("period").asText()).isEqualTo("FIRST_HALF");
        assertThat(scoreboard.path("matchId").asText()).isEqualTo(tie.firstLeg());
        assertThat(scoreboard.path("homeTeam").asText()).isEqualTo(LIVERPOOL);
    }

    @Test
    void atMinuteFortyFivePlusTwoOfTheFirstLegItIsTwoAll() {
        JsonNode encoded = ok("/api/matches/" + tie.firstLeg() + "?atMinute=45%2B2");
        JsonNode typedInTheAddressBar = ok("/api/matches/" + tie.firstLeg() + "?atMinute=45+2");

        assertThat(score(encoded.path("score"))).isEqualTo("2-2");
        assertThat(encoded.path("period").asText()).isEqualTo("FIRST_HALF");
        assertThat(typedInTheAddressBar).isEqualTo(encoded);
    }

    @Test
    void atTheFullTimeMinuteTheFirstLegIsFinishedAtTwoFive() {
        JsonNode scoreboard = ok("/api/matches/" + tie.firstLeg() + "?atMinute=120");

        assertThat(score(scoreboard.path("score"))).isEqualTo("2-5");
        assertThat(scoreboard.path("status").asText()).isEqualTo("FINISHED");
    }

    @Test
    void atASequenceTheFirstLegIsTheLogUpToThatEvent() {
        JsonNode afterSalah = ok("/api/matches/" + tie.firstLeg() + "?atSequence=3");

        assertThat(score(afterSalah.path("score"))).isEqualTo("2-0");
        assertThat(afterSalah.path("version").asLong()).isEqualTo(3);
        assertThat(ok("/api/matches/" + tie.firstLeg() + "?atSequence=0").path("status").asText())
                .isEqualTo("SCHEDULED");
        assertThat(score(ok("/api/matches/" + tie.firstLeg() + "?atSequence=100000").path("score")))
                .isEqualTo("2-5");
    }

    @Test
    void asOfAMomentBetweenTheLegsTheTieIsInProgressAtTwoFiveWithNoWinner() {
        JsonNode past = ok("/api/ties/" + tie.tieId() + "?asOf=" + tie.betweenTheLegs());

        assertThat(past.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(aggregate(past)).isEqualTo("2-5");
        assertThat(past.has("winner")).as("no winner yet: %s", past).isFalse();
        assertThat(past.has("eliminated")).isFalse();
        assertThat(past.has("decidedBy")).isFalse();
        assertThat(past.has("awayGoals")).as("no away goals under 2022-23 rules: %s", past).isFalse();
        assertThat(past.path("legs")).hasSize(1);
        assertThat(past.path("legs").get(0).path("matchId").asText()).isEqualTo(tie.firstLeg());
        assertThat(past.path("legs").get(0).path("status").asText()).isEqualTo("FINISHED");
    }

    @Test
    void nowRealMadridAreThroughTwoSixOnAggregate() {
        JsonNode now = new MatchApi(api).awaitBody("/api/ties/" + tie.tieId(),
                body -> "DECIDED".equals(body.path("status").asText()));
        JsonNode asOfNow = ok("/api/ties/" + tie.tieId() + "?asOf=" + Moments.betweenWrites());

        assertThat(aggregate(now)).isEqualTo("2-6");
        assertThat(now.path("winner").asText()).isEqualTo(REAL_MADRID);
        assertThat(now.path("eliminated").asText()).isEqualTo(LIVERPOOL);
        assertThat(now.path("decidedBy").asText()).isEqualTo("AGGREGATE");
        assertThat(asOfNow).as("the tie as of now is the tie now").isEqualTo(now);
    }
}
