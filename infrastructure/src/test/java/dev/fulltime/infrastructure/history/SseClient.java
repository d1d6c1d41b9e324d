package dev.fulltime.infrastructure.history;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.SseLines;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Server-Sent Events client over java.net.http: it reads the stream line by line as the lines arrive, until the
 * server completes it.
 */
final class SseClient {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    SseClient(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /** One event as received: its id, its name and its data. */
    record Event(String id, String name, JsonNode data) {
    }

    /** A whole stream as received, and how long it took from the request to its end. */
    record Received(int status, String contentType, List<String> lines, Duration took) {

        List<Event> events() {
            return SseLines.events(lines).stream()
                    .map(e -> new Event(e.id(), e.name(), json(e.data())))
                    .toList();
        }

        /** The body of an answer that is not a stream, such as a problem. */
        JsonNode body() {
            return json(String.join("\n", lines));
        }
    }

    Received read(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "text/event-stream").GET().build();
        List<String> lines = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> reading = http
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenApply(response -> {
                    response.body().forEach(lines::add);
                    return response;
                });
        await().atMost(PATIENCE).until(reading::isDone);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        HttpResponse<?> response = reading.join();
        return new Received(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                List.copyOf(lines), took);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
