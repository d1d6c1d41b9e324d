package dev.fulltime.infrastructure.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import dev.fulltime.infrastructure.support.MatchApi;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What an operator watches: the health of the event processors, their lag and the metrics Prometheus scrapes. */
@FulltimeHttpTest
@AutoConfigureObservability(tracing = false)
class OperationsHttpTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String READ_MODELS = "read-models";

    @LocalServerPort
    int port;

    @Autowired
    EventProcessingConfiguration processing;

    private ApiClient api;
    private MatchApi matches;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        matches = new MatchApi(api);
    }

    @Test
    void healthNamesEveryEventProcessorAndItsLag() {
        String matchId = matches.create("Liverpool FC", "Real Madrid");
        matches.kickOff(matchId);
        matches.scoreboardAt(matchId, 1);

        JsonNode processors = await().atMost(PATIENCE).until(() -> api.get("/actuator/health").body(),
                        health -> health.path("components").path("eventProcessors").path("details")
                                .path(READ_MODELS).path("lag").asLong(-1) == 0)
                .path("components").path("eventProcessors");

        assertThat(processors.path("status").asText()).isEqualTo("UP");
        assertThat(processors.path("details").fieldNames()).toIterable()
                .containsExactly(READ_MODELS);
        assertThat(processors.path("details").path(READ_MODELS).path("status").asText()).isEqualTo("running");
    }

    @Test
    void aStoppedProcessorMakesTheAppUnhealthyAndItsLagGrows() {
        String matchId = matches.create("Liverpool FC", "Real Madrid");
        StreamingEventProcessor readModels = processing.eventProcessor(READ_MODELS, StreamingEventProcessor.class)
                .orElseThrow();
        readModels.shutDown();
        try {
            matches.kickOff(matchId);

            Answer health = api.get("/actuator/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.body().path("components").path("eventProcessors").path("status").asText())
                    .isEqualTo("DOWN");
            assertThat(lagOf(READ_MODELS)).isGreaterThanOrEqualTo(1);
        } finally {
            readModels.start();
        }
        await().atMost(PATIENCE).until(() -> lagOf(READ_MODELS) == 0 && api.get("/actuator/health").status() == 200);
    }

    @Test
    void prometheusScrapesAxonsDimensionalMetricsAndTheLag() {
        String matchId = matches.create("Liverpool FC", "Real Madrid");
        matches.kickOff(matchId);
        matches.scoreboardAt(matchId, 1);

        String scrape = scrape();

        assertThat(scrape).contains("fulltime_processor_lag_events{processorName=\"read-models\"}");
        assertThat(scrape).containsPattern("eventProcessor[A-Za-z_]*\\{[^}]*processorName=\"read-models\"");
        assertThat(scrape).containsPattern("commandBus[A-Za-z_]*\\{[^}]*payloadType=\"RecordFact\"");
    }

    @Test
    void theH2ConsoleIsNeverServed() {
        Answer console = api.get("/h2-console");

        assertThat(console.status()).isEqualTo(404);
        assertThat(console.contentType()).startsWith("application/problem+json");
    }

    private double lagOf(String processor) {
        Matcher lag = Pattern.compile("fulltime_processor_lag_events\\{processorName=\"" + processor + "\"} (\\S+)")
                .matcher(scrape());
        assertThat(lag.find()).as("lag of %s in the scrape", processor).isTrue();
        return Double.parseDouble(lag.group(1));
    }

    private String scrape() {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
