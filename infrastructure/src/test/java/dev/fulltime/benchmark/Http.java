package dev.fulltime.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Real HTTP to the app on its port: writes as admin (the test profile's user), reads without credentials. */
final class Http implements AutoCloseable {

    static final String ADMIN = "Basic YWRtaW46YWRtaW4=";

    private final String base;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).executor(executor).build();

    Http(int port) {
        this.base = "http://localhost:" + port;
    }

    HttpClient client() {
        return client;
    }

    URI uri(String path) {
        return URI.create(base + path);
    }

    /** Posts JSON and answers the response; anything but {@code expected} fails the run. */
    String post(String path, String json, int expected) {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Authorization", ADMIN).POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return expect(send(request), expected, path);
    }

    String get(String path) {
        return expect(send(HttpRequest.newBuilder(uri(path)).GET().build()), 200, path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String expect(HttpResponse<String> response, int expected, String path) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
