package dev.fulltime.infrastructure.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import dev.fulltime.infrastructure.support.MatchApi;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code GET /api/admin/projections}: every read model's processor, where it stands and the store's head. */
@FulltimeHttpTest
class ProjectionStatusHttpTest {

    @LocalServerPort
    int port;

    private ProjectionsApi projections;
    private MatchApi matches;

    @BeforeEach
    void connect() {
        ApiClient api = new ApiClient(port);
        projections = new ProjectionsApi(api);
        matches = new MatchApi(api);
    }

    @Test
    void everyProcessorReportsItsPositionAtTheHeadOnceCaughtUp() {
        String matchId = matches.create("Liverpool FC", "Real Madrid");
        matches.kickOff(matchId);
        matches.goal(matchId, "Liverpool FC", "Darwin Núñez", "4");

        JsonNode status = projections.caughtUp();

        long head = status.path("head").asLong();
        assertThat(head).as("head in %s", status).isPositive();
        List<JsonNode> processors = StreamSupport.stream(status.path("processors").spliterator(), false).toList();
        assertThat(processors).extracting(processor -> processor.path("name").asText())
                .containsExactly("read-models");
        assertThat(processors).allSatisfy(processor -> {
            assertThat(processor.path("status").asText()).isEqualTo("running");
            assertThat(processor.path("position").asLong()).isEqualTo(head);
            assertThat(processor.path("progress").asDouble()).isEqualTo(1.0);
            assertThat(processor.path("caughtUp").asBoolean()).isTrue();
            assertThat(processor.path("replaying").isBoolean()).isTrue();
            assertThat(processor.path("segments")).isNotEmpty().allSatisfy(segment -> {
                assertThat(segment.path("segment").isInt()).as("%s", segment).isTrue();
                assertThat(segment.path("position").asLong()).as("%s", segment).isEqualTo(head);
                assertThat(segment.path("caughtUp").asBoolean()).as("%s", segment).isTrue();
                assertThat(segment.has("error")).as("%s", segment).isFalse();
            });
        });
    }
}
