package dev.fulltime.infrastructure.live;

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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A Server-Sent Events client over java.net.http for streams that do not end: it reads the lines as they arrive, on
 * a thread of its own, until the test hangs up.
 */
public final class LiveStreamClient {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    public LiveStreamClient(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /** One event as received: its id, its name and its data. */
    public record Event(long id, String name, JsonNode data) {
    }

    /** Connects to {@code path} with the given headers and returns once the answer's headers are in. */
    public OpenStream open(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "text/event-stream").GET();
        headers.forEach(request::header);
        CompletableFuture<HttpResponse<Stream<String>>> answer =
                http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        await().atMost(PATIENCE).until(answer::isDone);
        return new OpenStream(answer.join());
    }

    public OpenStream open(String path) {
        return open(path, Map.of());
    }

    /** A stream being read: the lines so far, parsed into events on demand. */
    public static final class OpenStream implements AutoCloseable {

        private final HttpResponse<Stream<String>> response;
        private final List<String> lines = new CopyOnWriteArrayList<>();
        private final Thread reader;

        private OpenStream(HttpResponse<Stream<String>> response) {
            this.response = response;
            this.reader = new Thread(() -> {
                try {
                    response.body().forEach(lines::add);
                } catch (RuntimeException hungUp) {
                    // the test closed the stream
                }
            }, "sse-reader");
            reader.setDaemon(true);
            reader.start();
        }

        public int status() {
            return response.statusCode();
        }

        public String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        public List<String> lines() {
            return List.copyOf(lines);
        }

        /** The complete events received so far. */
        public List<Event> events() {
            return SseLines.events(lines()).stream()
                    .map(e -> new Event(Long.parseLong(e.id()), e.name(), json(e.data())))
                    .toList();
        }

        /** Whether the server has ended the answer. */
        boolean ended() {
            return !reader.isAlive();
        }

        /** The body of an answer that is not a stream, such as a problem, once it has all arrived. */
        public JsonNode body() {
            await().atMost(PATIENCE).until(() -> !reader.isAlive());
            return json(String.join("\n", lines));
        }

        /** Hangs up, as a browser does when its page is closed. */
        @Override
        public void close() {
            response.body().close();
            reader.interrupt();
        }

    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
