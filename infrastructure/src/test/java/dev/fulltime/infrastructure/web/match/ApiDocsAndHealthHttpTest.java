package dev.fulltime.infrastructure.web.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The OpenAPI description, its Swagger UI and the health check answer over real HTTP. */
@FulltimeHttpTest
class ApiDocsAndHealthHttpTest {

    @LocalServerPort
    private int port;

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void theOpenApiDescriptionNamesTheMatchPaths() {
        Answer answer = api.get("/v3/api-docs");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode paths = answer.body().path("paths");
        assertThat(paths.has("/api/matches")).as("paths: %s", paths).isTrue();
        assertThat(paths.has("/api/matches/{matchId}/events")).as("paths: %s", paths).isTrue();
        assertThat(paths.path("/api/matches/{matchId}/events").has("post")).isTrue();
    }

    @Test
    void theSwaggerUiIsServed() throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

        HttpResponse<String> page = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/swagger-ui.html")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.uri().getPath()).isEqualTo("/swagger-ui/index.html");
        assertThat(page.body()).containsIgnoringCase("swagger-ui");
    }

    @Test
    void theHealthCheckIsUp() {
        Answer answer = api.get("/actuator/health");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("status").asText()).isEqualTo("UP");
    }
}
