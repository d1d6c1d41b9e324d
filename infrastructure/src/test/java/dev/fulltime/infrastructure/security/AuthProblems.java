package dev.fulltime.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.ApiClient.Answer;

/** What a refusal of security looks like: a problem+json {@code 401} with a challenge, or a {@code 403}. */
final class AuthProblems {

    private AuthProblems() {
    }

    /** Asserts a {@code 401} problem with a {@code WWW-Authenticate} challenge of {@code scheme}; its detail. */
    static String assertUnauthorized(Answer answer, String scheme) {
        String detail = assertProblem(answer, 401);
        assertThat(answer.header("WWW-Authenticate")).as("challenge of %s", answer.body()).startsWith(scheme);
        return detail;
    }

    static String assertForbidden(Answer answer) {
        return assertProblem(answer, 403);
    }

    private static String assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as("status of %s", answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).as("Content-Type of %s", answer.body())
                .startsWith("application/problem+json");
        JsonNode problem = answer.body();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("type").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        return problem.path("detail").asText();
    }

    /** How many events the match's log holds, read publicly from the event store. */
    static int storedEvents(ApiClient api, String matchId) {
        Answer answer = api.anonymous().get("/api/matches/" + matchId + "/events");
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer.body().path("events").size();
    }
}
