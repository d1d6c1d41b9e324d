package dev.fulltime.infrastructure.admin;

import static dev.fulltime.infrastructure.support.MatchApi.fact;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import dev.fulltime.infrastructure.support.MatchApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every shared Champions League season imported, and a match with a disallowed goal and a corrected one recorded over
 * HTTP; the read models rebuilt from the log come back with the same digests and answer the same reads.
 */
@FulltimeHttpTest
class RebuildDeterminismHttpTest {

    private static final String EMPTY_DIGEST = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @LocalServerPort
    int port;

    private ApiClient api;
    private ProjectionsApi projections;
    private MatchApi matches;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        projections = new ProjectionsApi(api);
        matches = new MatchApi(api);
    }

    @Test
    void theReadModelsRebuiltFromTheLogAreThoseTheyWere() {
        List<String> competitions = seasonFiles().map(this::importSeason).toList();
        String matchId = aMatchWithAmendments();
        projections.caughtUp();
        JsonNode checksums = projections.checksums();
        JsonNode scoreboard = read("/api/matches/" + matchId);
        JsonNode timeline = read("/api/matches/" + matchId + "/timeline");
        List<JsonNode> ties = competitions.stream().map(id -> read("/api/competitions/" + id + "/ties")).toList();

        Answer rebuild = projections.rebuild();

        assertThat(rebuild.status()).as("%s", rebuild.body()).isEqualTo(202);
        assertThat(rebuild.body().path("processors")).extracting(JsonNode::asText).containsExactly("read-models");
        projections.caughtUp();
        assertThat(projections.checksums()).isEqualTo(checksums);
        assertThat(checksums.properties()).extracting(Map.Entry::getKey)
                .containsExactly("competition-views", "match-views", "tie-views");
        assertThat(checksums.properties()).allSatisfy(digest -> assertThat(digest.getValue().asText())
                .matches("[0-9a-f]{64}").isNotEqualTo(EMPTY_DIGEST));
        assertThat(read("/api/matches/" + matchId)).isEqualTo(scoreboard);
        assertThat(read("/api/matches/" + matchId + "/timeline")).isEqualTo(timeline);
        assertThat(competitions.stream().map(id -> read("/api/competitions/" + id + "/ties")).toList())
                .isEqualTo(ties);
        assertThat(ties).allSatisfy(list -> assertThat(list.path("ties")).isNotEmpty());
    }

    /** Imports a season's file; the competition's id. */
    private String importSeason(Path file) {
        Answer answer = api.postRaw("/api/imports/openfootball", read(file), "text/plain; charset=UTF-8", Map.of());
        assertThat(answer.status()).as("import of %s: %s", file, answer.body()).isEqualTo(201);
        return answer.body().path("competitionId").asText();
    }

    private String aMatchWithAmendments() {
        String matchId = matches.create("Real Madrid", "Liverpool FC");
        matches.kickOff(matchId);
        String disallowed = matches.goal(matchId, "Liverpool FC", "Sadio Mané", "21");
        matches.recordOk(matchId, fact("GOAL_DISALLOWED", "goalEventId", disallowed, "reason", "offside"));
        String goal = matches.goal(matchId, "Real Madrid", "Vinícius Júnior", "38");
        matches.recordOk(matchId, fact("CORRECTION", "targetEventId", goal, "minute", "39"));
        return matchId;
    }

    private JsonNode read(String path) {
        Answer answer = api.get(path);
        assertThat(answer.status()).as("GET %s: %s", path, answer.body()).isEqualTo(200);
        return answer.body();
    }

    /** Every season's {@code cl.txt} under src/test/resources/openfootball/champions-league. */
    private static Stream<Path> seasonFiles() {
        try (Stream<Path> files = Files.walk(resource("/openfootball/champions-league"))) {
            List<Path> seasons = files.filter(file -> file.getFileName().toString().equals("cl.txt")).sorted().toList();
            assertThat(seasons).as("shared seasons").isNotEmpty();
            return seasons.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(RebuildDeterminismHttpTest.class.getResource(name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
