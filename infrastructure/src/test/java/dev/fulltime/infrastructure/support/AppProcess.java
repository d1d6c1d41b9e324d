package dev.fulltime.infrastructure.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The app as a separate JVM, started from the test's own class path: it is up once {@code /actuator/health} answers
 * UP, and {@link #kill()} ends it with SIGKILL, as a crash would. Its output goes to
 * {@code target/app-processes/<name>-<n>.log}. The JVM is tuned to start fast, not to run fast.
 */
public final class AppProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final Path LOGS = Path.of("target", "app-processes");
    private static final AtomicInteger STARTED = new AtomicInteger();
    private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Xss512k", "-Xmx384m", "-Ddisable-axoniq-console-message=true");

    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the app with these Spring Boot arguments and a free port, and returns once it is healthy. */
    public static AppProcess start(String name, String... arguments) {
        int port = freePort();
        Path log = LOGS.resolve(name + "-" + STARTED.incrementAndGet() + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.fulltime.FulltimeApplication",
                "--server.port=" + port, "--spring.main.banner-mode=off"));
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(LOGS);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
            AppProcess app = new AppProcess(builder.start(), port, log);
            app.awaitHealthy();
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public ApiClient api() {
        return new ApiClient(port);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed, as in a crash. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        kill();
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            await().atMost(STARTUP).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> {
                if (!process.isAlive()) {
                    throw new AssertionError("the app exited with " + process.exitValue() + "; see " + log);
                }
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                return answer.statusCode() == 200 && answer.body().contains("\"status\":\"UP\"");
            });
        } catch (RuntimeException | AssertionError notHealthy) {
            kill();
            throw new AssertionError("the app did not become healthy; see " + log, notHealthy);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
