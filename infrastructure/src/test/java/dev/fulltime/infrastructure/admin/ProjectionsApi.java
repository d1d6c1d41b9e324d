package dev.fulltime.infrastructure.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;

/** The admin endpoints of the read models as a test speaks to them, and a patient wait for them to catch up. */
public final class ProjectionsApi {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private final ApiClient api;

    public ProjectionsApi(ApiClient api) {
        this.api = api;
    }

    public JsonNode status() {
        Answer answer = api.get("/api/admin/projections");
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        return answer.body();
    }

    /** The status once every processor has caught up with the store's head. */
    public JsonNode caughtUp() {
        JsonNode[] latest = new JsonNode[1];
        await().atMost(PATIENCE).untilAsserted(() -> {
            latest[0] = status();
            assertThat(latest[0].path("processors")).as("processors in %s", latest[0]).isNotEmpty();
            assertThat(StreamSupport.stream(latest[0].path("processors").spliterator(), false)
                    .allMatch(processor -> processor.path("caughtUp").asBoolean()))
                    .as("every processor caught up in %s", latest[0]).isTrue();
        });
        return latest[0];
    }

    public Answer rebuild() {
        return api.post("/api/admin/projections/rebuild", Map.of());
    }

    public JsonNode checksums() {
        Answer answer = api.get("/api/admin/projections/checksums");
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        return answer.body();
    }
}
