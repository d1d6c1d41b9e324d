package dev.fulltime.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The web page is served by the app itself at {@code /} and needs nothing from anywhere else to work offline. */
@FulltimeHttpTest
class WebPageHttpTest {

    /** A namespace name that SVG elements are created in; never fetched. */
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void theRootServesThePageAndItsScripts() throws Exception {
        HttpResponse<String> page = get("/", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        assertThat(page.body()).contains("<main id=\"app\"", "js/app.js", "css/fulltime.css");

        HttpResponse<String> script = get("/js/app.js", "*/*");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .contains("javascript"));
        assertThat(get("/css/fulltime.css", "*/*").headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
    }

    @Test
    void thePageLoadsNothingFromAnotherHost() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:static/**/*.*");
        assertThat(files).extracting(Resource::getFilename).contains("index.html", "app.js", "fulltime.css");
        List<String> external = new ArrayList<>();
        for (Resource file : files) {
            String text = file.getContentAsString(StandardCharsets.UTF_8).replace(SVG_NAMESPACE, "");
            if (text.matches("(?s).*(https?:|[\"'(]//).*")) {
                external.add(file.getFilename());
            }
        }
        assertThat(external).as("static files that name another host").isEmpty();
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
