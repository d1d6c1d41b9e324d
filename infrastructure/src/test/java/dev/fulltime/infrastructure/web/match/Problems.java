package dev.fulltime.infrastructure.web.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.ApiClient.Answer;

/** What every refusal of the HTTP API looks like: an RFC 9457 problem with a status, a title and a detail. */
final class Problems {

    static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {
    }

    /** Asserts the answer is a problem+json with {@code status}, and returns its body. */
    static JsonNode assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as("status of %s", answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).as("Content-Type of %s", answer.body()).startsWith(PROBLEM_JSON);
        JsonNode problem = answer.body();
        assertThat(problem.path("status").asInt()).as("status in %s", problem).isEqualTo(status);
        assertThat(problem.path("title").asText()).as("title in %s", problem).isNotBlank();
        assertThat(problem.path("detail").asText()).as("detail in %s", problem).isNotBlank();
        return problem;
    }

    /** A 422 refusal naming {@code rule}. */
    static JsonNode assertRefused(Answer answer, String rule) {
        JsonNode problem = assertProblem(answer, 422);
        assertThat(problem.path("rule").asText()).as("rule in %s", problem).isEqualTo(rule);
        return problem;
    }

    /** How many events the match's stream holds, read from the event store; -1 when there is no such match. */
    static int storedEvents(ApiClient api, String matchId) {
        Answer answer = api.get("/api/matches/" + matchId + "/events");
        if (answer.status() == 404) {
            return -1;
        }
        assertThat(answer.status()).as("GET events of %s: %s", matchId, answer.body()).isEqualTo(200);
        return answer.body().path("events").size();
    }
}
