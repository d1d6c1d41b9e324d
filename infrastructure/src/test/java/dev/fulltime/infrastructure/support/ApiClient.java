package dev.fulltime.infrastructure.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fulltime.application.serialization.FulltimeJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A plain HTTP client for the running app: requests go over a real socket, answers come back as JSON. It speaks as
 * the test profile's {@code admin} (HTTP Basic) unless made to speak as another user, with a bearer token or
 * anonymously.
 */
public final class ApiClient {

    public static final String ADMIN_BASIC = basic("admin", "admin");

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Writes domain values (a minute as "45+2") as the API reads them. */
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(FulltimeJson.domainModule());

    private final String baseUrl;
    /** The Authorization header sent with every request; null for none. */
    private final String authorization;

    public ApiClient(int port) {
        this("http://localhost:" + port, ADMIN_BASIC);
    }

    private ApiClient(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    /** The same app, as {@code username} with HTTP Basic. */
    public ApiClient as(String username, String password) {
        return new ApiClient(baseUrl, basic(username, password));
    }

    /** The same app, with an OAuth2 bearer token. */
    public ApiClient bearer(String token) {
        return new ApiClient(baseUrl, "Bearer " + token);
    }

    /** The same app, with this exact Authorization header (malformed ones included). */
    public ApiClient authorization(String header) {
        return new ApiClient(baseUrl, header);
    }

    /** The same app, without credentials. */
    public ApiClient anonymous() {
        return new ApiClient(baseUrl, null);
    }

    public static String basic(String username, String password) {
        byte[] credentials = (username + ":" + password).getBytes(StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(credentials);
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    public Answer post(String path, Object body) {
        return post(path, body, Map.of());
    }

    public Answer post(String path, Object body, Map<String, String> headers) {
        return postRaw(path, write(body), "application/json", headers);
    }

    public Answer postRaw(String path, String body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request);
    }

    public Answer put(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    public Answer delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).DELETE());
    }

    private Answer send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode body = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Answer(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().map(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String write(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Answer(int status, String contentType, Map<String, java.util.List<String>> headers, JsonNode body) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }
}
