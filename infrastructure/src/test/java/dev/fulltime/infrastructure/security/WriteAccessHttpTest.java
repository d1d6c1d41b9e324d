package dev.fulltime.infrastructure.security;

import static dev.fulltime.infrastructure.security.AuthProblems.assertForbidden;
import static dev.fulltime.infrastructure.security.AuthProblems.assertUnauthorized;
import static dev.fulltime.infrastructure.security.AuthProblems.storedEvents;
import static dev.fulltime.infrastructure.support.MatchApi.fact;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import dev.fulltime.infrastructure.support.MatchApi;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may write, over real HTTP with the test profile's users: admin/admin (ADMIN, SCORER) and scorer/scorer
 * (SCORER, only for the matches assigned to it). Every refusal is a problem and stores nothing.
 */
@FulltimeHttpTest
class WriteAccessHttpTest {

    private static final Map<String, Object> KICK_OFF = fact("PERIOD_STARTED", "period", "FIRST_HALF");

    @LocalServerPort
    int port;

    private ApiClient admin;
    private ApiClient scorer;
    private ApiClient anonymous;
    private String matchId;

    @BeforeEach
    void aMatch() {
        admin = new ApiClient(port);
        scorer = admin.as("scorer", "scorer");
        anonymous = admin.anonymous();
        matchId = new MatchApi(admin).create("Liverpool FC", "Real Madrid");
    }

    @Test
    void anAnonymousWriteIsAnsweredUnauthorizedAndStoresNothing() {
        int before = storedEvents(admin, matchId);

        String detail = assertUnauthorized(anonymous.post(events(), KICK_OFF), "Basic");

        assertThat(detail).contains("needs authentication", "HTTP Basic");
        assertThat(storedEvents(admin, matchId)).isEqualTo(before);
        assertUnauthorized(anonymous.post("/api/matches", Map.of("matchId", "anonymous-match",
                "homeTeam", "A", "awayTeam", "B")), "Basic");
        assertThat(anonymous.get("/api/matches/anonymous-match/events").status()).isEqualTo(404);
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsAnsweredUnauthorized() {
        int before = storedEvents(admin, matchId);

        assertUnauthorized(admin.as("admin", "wrong").post(events(), KICK_OFF), "Basic");
        assertUnauthorized(admin.as("nobody", "admin").post(events(), KICK_OFF), "Basic");
        assertUnauthorized(admin.as("scorer", "admin").get("/api/matches"), "Basic");

        assertThat(storedEvents(admin, matchId)).isEqualTo(before);
    }

    @Test
    void aMalformedAuthorizationHeaderIsAnsweredUnauthorizedNotAServerError() {
        for (String header : new String[] {"Basic !!!not-base64", "Basic " + "YWRtaW4=", "Basic", "Basic  ",
                "Basic w4BhZG1pbjphZG1pbg=="}) {
            Answer answer = admin.authorization(header).post(events(), KICK_OFF);
            assertUnauthorized(answer, "Basic");
        }
        assertUnauthorized(anonymous.authorization("Bearer not-a-token").post(events(), KICK_OFF), "Basic");
        assertThat(storedEvents(admin, matchId)).isEqualTo(1);
    }

    @Test
    void aScorerCannotRecordToAMatchNotAssignedToIt() {
        int before = storedEvents(admin, matchId);

        String detail = assertForbidden(scorer.post(events(), KICK_OFF));

        assertThat(detail).contains("scorer is not assigned to match " + matchId);
        assertThat(storedEvents(admin, matchId)).isEqualTo(before);
    }

    @Test
    void aScorerRecordsToTheMatchAssignedToItAndIsNamedInTheLog() {
        assertThat(admin.put(scorers() + "/scorer").status()).isEqualTo(204);
        assertThat(admin.put(scorers() + "/scorer").status()).as("assigning twice").isEqualTo(204);
        assertThat(anonymous.get(scorers()).body().get("scorers")).extracting(JsonNode::asText)
                .containsExactly("scorer");

        Answer recorded = scorer.post(events(), KICK_OFF);

        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
        JsonNode log = anonymous.get(events()).body().get("events");
        assertThat(log).hasSize(2);
        assertThat(log.get(0).get("recordedBy").asText()).isEqualTo("admin");
        assertThat(log.get(1).get("recordedBy").asText()).isEqualTo("scorer");
        assertThat(log.get(1).get("eventId").asText()).isEqualTo(recorded.body().get("eventId").asText());
    }

    @Test
    void anUnassignedScorerIsRefusedAgain() {
        admin.put(scorers() + "/scorer");
        assertThat(scorer.post(events(), KICK_OFF).status()).isEqualTo(201);

        assertThat(admin.delete(scorers() + "/scorer").status()).isEqualTo(204);
        assertThat(admin.delete(scorers() + "/scorer").status()).as("unassigning twice").isEqualTo(204);

        assertThat(anonymous.get(scorers()).body().get("scorers")).isEmpty();
        assertForbidden(scorer.post(events(), fact("PERIOD_ENDED", "period", "FIRST_HALF")));
        assertThat(storedEvents(admin, matchId)).isEqualTo(2);
    }

    @Test
    void theAdminRecordsToEveryMatchWithoutAnAssignment() {
        Answer recorded = admin.post(events(), KICK_OFF);

        assertThat(recorded.status()).isEqualTo(201);
        assertThat(anonymous.get(events()).body().get("events").get(1).get("recordedBy").asText())
                .isEqualTo("admin");
    }

    @Test
    void scorersAreAssignedOnlyToMatchesThatExist() {
        Answer answer = admin.put("/api/matches/no-such-match/scorers/scorer");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("detail").asText()).contains("no-such-match");
        assertThat(anonymous.get("/api/matches/no-such-match/scorers").status()).isEqualTo(404);
        assertThat(admin.put(scorers() + "/bad%20name%20").status()).isEqualTo(400);
    }

    @Test
    void aScorerCannotCreateImportAssignOrAdminister() {
        Map<String, Answer> refused = Map.of(
                "a match", scorer.post("/api/matches", Map.of("matchId", "scorer-match", "homeTeam", "A",
                        "awayTeam", "B")),
                "a competition", scorer.post("/api/competitions", Map.of("competitionId", "scorer-cup",
                        "name", "Scorer Cup", "season", "2024-25")),
                "a tie", scorer.post("/api/ties", Map.of("competitionId", "scorer-cup", "round", "Final",
                        "teamA", "A", "teamB", "B", "legs", 1)),
                "an import", scorer.postRaw("/api/imports/openfootball", "= UEFA Champions League 2019/20\n",
                        "text/plain", Map.of()),
                "an assignment", scorer.put(scorers() + "/scorer"),
                "an unassignment", scorer.delete(scorers() + "/scorer"),
                "a rebuild", scorer.post("/api/admin/projections/rebuild", Map.of()),
                "the projections' status", scorer.get("/api/admin/projections"),
                "the actuator", scorer.get("/actuator"));

        refused.forEach((what, answer) -> assertThat(assertForbidden(answer)).as(what)
                .contains("needs the role ADMIN", "scorer has the role SCORER"));
        assertThat(anonymous.get("/api/matches/scorer-match/events").status()).isEqualTo(404);
        assertThat(admin.post("/api/competitions", Map.of("competitionId", "scorer-cup", "name", "Scorer Cup",
                "season", "2024-25")).status()).as("the scorer's competition was not stored").isEqualTo(201);
        assertThat(anonymous.get(scorers()).body().get("scorers")).isEmpty();
    }

    @Test
    void theAdminCreatesAssignsAndAdministers() {
        assertThat(admin.post("/api/competitions", Map.of("competitionId", "admin-cup", "name", "Admin Cup",
                "season", "2024-25")).status()).isEqualTo(201);
        assertThat(admin.post("/api/ties", Map.of("competitionId", "admin-cup", "round", "Final",
                "teamA", "A", "teamB", "B", "legs", 1)).status()).isEqualTo(201);
        assertThat(admin.get("/api/admin/projections").status()).isEqualTo(200);
        assertThat(admin.get("/api/admin/projections/checksums").status()).isEqualTo(200);
        assertThat(admin.put(scorers() + "/scorer").status()).isEqualTo(204);
    }

    @Test
    void readsArePublicButTheAdminEndpointsAreNot() {
        MatchApi reader = new MatchApi(anonymous);
        assertThat(reader.scoreboardAt(matchId, 0).get("homeTeam").asText()).isEqualTo("Liverpool FC");
        assertThat(reader.timelineAt(matchId, 0).get("events")).isEmpty();
        for (String path : new String[] {"/api/matches", events(), "/api/matches/" + matchId + "/integrity",
                "/api/competitions", scorers(), "/v3/api-docs", "/actuator/health", "/actuator/info"}) {
            assertThat(anonymous.get(path).status()).as(path).isEqualTo(200);
        }

        assertUnauthorized(anonymous.get("/api/admin/projections"), "Basic");
        assertUnauthorized(anonymous.get("/api/admin/projections/checksums"), "Basic");
        assertUnauthorized(anonymous.get("/actuator"), "Basic");
    }

    @Test
    void aRequestTheFirewallRejectsIsAProblemNotAServerError() {
        Answer answer = anonymous.get("/api/matches/" + matchId + ";jsessionid=1/events");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("detail").asText()).isNotBlank();
    }

    private String events() {
        return "/api/matches/" + matchId + "/events";
    }

    private String scorers() {
        return "/api/matches/" + matchId + "/scorers";
    }
}
