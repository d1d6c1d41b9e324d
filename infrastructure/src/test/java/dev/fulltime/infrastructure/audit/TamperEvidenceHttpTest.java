package dev.fulltime.infrastructure.audit;

import static dev.fulltime.infrastructure.support.MatchApi.fact;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fulltime.application.integrity.EventHash;
import dev.fulltime.application.serialization.FulltimeJson;
import dev.fulltime.domain.match.event.MatchEvent;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import dev.fulltime.infrastructure.support.MatchApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The log is tamper-evident: rows of the event store altered behind the application's back, straight in the
 * database, are found by the integrity check, which names the first event whose hash no longer holds. The context
 * is discarded afterwards, so that no other test reads or rebuilds from the altered store.
 */
@FulltimeHttpTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TamperEvidenceHttpTest {

    private static final String PAYLOAD = "payload";
    private static final String META_DATA = "meta_data";
    private static final long SALAHS_GOAL = 3;
    private static final long VINICIUS_GOAL = 4;
    private static final int EVENTS = 7;
    private static final String ROW = " from domain_event_entry where aggregate_identifier = ? and sequence_number = ?";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private MatchApi matches;

    @BeforeEach
    void setUp() {
        matches = new MatchApi(new ApiClient(port));
    }

    @Test
    void aMatchAsRecordedIsValidAndItsHeadIsTheLastHashOfTheLog() {
        String matchId = recordAMatch();

        JsonNode integrity = integrity(matchId);
        JsonNode events = matches.log(matchId).get("events");

        assertThat(integrity.get("valid").asBoolean()).isTrue();
        assertThat(integrity.get("events").asInt()).isEqualTo(EVENTS).isEqualTo(events.size());
        assertThat(integrity.get("headHash").asText()).isEqualTo(events.get(EVENTS - 1).get("hash").asText());
        assertThat(integrity.has("firstBrokenSequence")).isTrue();
        assertThat(integrity.get("firstBrokenSequence").isNull()).isTrue();
    }

    @Test
    void theLogShowsEveryEventsLinkInTheChain() {
        JsonNode events = matches.log(recordAMatch()).get("events");

        String previous = "0".repeat(64);
        for (JsonNode event : events) {
            assertThat(event.get("hash").asText()).matches("[0-9a-f]{64}").isNotEqualTo(previous);
            assertThat(event.get("previousHash").asText()).isEqualTo(previous);
            assertThat(event.get("recordedAt").asText()).isNotBlank();
            assertThat(event.get("recordedBy").asText()).isNotBlank();
            previous = event.get("hash").asText();
        }
    }

    @Test
    void aGoalChangedInTheStoredPayloadBreaksTheChainAtThatEventWhileOtherMatchesStayValid() {
        String altered = recordAMatch();
        String untouched = recordAMatch();

        alter(altered, SALAHS_GOAL, PAYLOAD, goal -> goal.put("player", "Gakpo").put("minute", "15"));

        assertBrokenAt(altered, SALAHS_GOAL);
        assertThat(matches.log(altered).get("events").get((int) SALAHS_GOAL).get("payload").get("player").asText())
                .as("the log shows what is stored; the chain shows that it was altered")
                .isEqualTo("Gakpo");
        assertThat(integrity(untouched).get("valid").asBoolean()).isTrue();
    }

    @Test
    void aRecorderChangedInTheStoredMetadataBreaksTheChainAtThatEvent() {
        String altered = recordAMatch();
        String untouched = recordAMatch();

        alter(altered, VINICIUS_GOAL, META_DATA, metaData -> metaData.put("recordedBy", "someone-else"));

        assertBrokenAt(altered, VINICIUS_GOAL);
        assertThat(integrity(untouched).get("valid").asBoolean()).isTrue();
    }

    @Test
    void aForgedHashBreaksTheChainAtThatEvent() {
        String matchId = recordAMatch();

        alter(matchId, SALAHS_GOAL, META_DATA, metaData -> metaData.put("hash", "f".repeat(64)));

        assertBrokenAt(matchId, SALAHS_GOAL);
    }

    @Test
    void aForgerWhoRehashesTheAlteredEventIsCaughtAtTheNextOneAndOnlyTheHeadHashBetraysAFullRehash() {
        String matchId = recordAMatch();
        String headHash = integrity(matchId).get("headHash").asText();

        alter(matchId, SALAHS_GOAL, PAYLOAD, goal -> goal.put("player", "Gakpo"));
        rehash(matchId, SALAHS_GOAL, SALAHS_GOAL);

        assertBrokenAt(matchId, VINICIUS_GOAL);

        rehash(matchId, VINICIUS_GOAL, EVENTS - 1);

        JsonNode integrity = integrity(matchId);
        assertThat(integrity.get("valid").asBoolean()).isTrue();
        assertThat(integrity.get("headHash").asText())
                .as("a head hash kept elsewhere is what a stream rewritten to its end is checked against")
                .isNotEqualTo(headHash);
    }

    @Test
    void anEventDeletedFromTheMiddleBreaksTheChainAtTheNextOne() {
        String matchId = recordAMatch();

        assertThat(jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = ?",
                matchId, SALAHS_GOAL)).isEqualTo(1);

        JsonNode integrity = integrity(matchId);
        assertThat(integrity.get("events").asInt()).isEqualTo(EVENTS - 1);
        assertThat(integrity.get("firstBrokenSequence").asLong()).isEqualTo(VINICIUS_GOAL);
    }

    @Test
    void aPayloadRewrittenWithTheSameContentInAnotherKeyOrderStaysValid() {
        String matchId = recordAMatch();

        ObjectNode goal = stored(matchId, SALAHS_GOAL, PAYLOAD);
        ObjectNode reordered = json.createObjectNode();
        List<String> names = new ArrayList<>();
        goal.fieldNames().forEachRemaining(names::add);
        Collections.reverse(names);
        names.forEach(name -> reordered.set(name, goal.get(name)));
        store(matchId, SALAHS_GOAL, PAYLOAD, reordered.toPrettyString());

        assertThat(integrity(matchId).get("valid").asBoolean()).isTrue();
    }

    @Test
    void aRowThatNoLongerReadsAsAnEventBreaksTheChainRatherThanTheCheck() {
        String matchId = recordAMatch();

        alter(matchId, SALAHS_GOAL, PAYLOAD, goal -> goal.put("minute", "fourteen"));

        assertBrokenAt(matchId, SALAHS_GOAL);
    }

    @Test
    void anUnknownMatchIsNotFound() {
        Answer answer = matches.client().get("/api/matches/no-such-match/integrity");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("detail").asText()).contains("no-such-match");
    }

    /**
     * Seven events: the schedule, kick-off, three goals (Vinícius's sent twice, stored once), a card and half-time;
     * returns once the read models have caught up, so that nothing reads the rows a test then alters.
     */
    private String recordAMatch() {
        String matchId = matches.create("Liverpool FC", "Real Madrid");
        matches.kickOff(matchId);
        matches.goal(matchId, "Liverpool FC", "Núñez", "4");
        matches.goal(matchId, "Liverpool FC", "Salah", "14");
        Map<String, Object> vinicius = fact("GOAL", "eventId", UUID.randomUUID().toString(), "team", "Real Madrid",
                "player", "Vinícius Júnior", "minute", "21", "kind", "REGULAR");
        matches.recordOk(matchId, vinicius);
        matches.recordOk(matchId, vinicius);
        matches.recordOk(matchId, fact("CARD", "team", "Real Madrid", "player", "Carvajal", "minute", "30",
                "card", "YELLOW"));
        matches.recordOk(matchId, fact("PERIOD_ENDED", "period", "FIRST_HALF"));
        matches.scoreboardAt(matchId, EVENTS - 1);
        matches.timelineAt(matchId, EVENTS - 1);
        return matchId;
    }

    private JsonNode integrity(String matchId) {
        Answer answer = matches.client().get("/api/matches/" + matchId + "/integrity");
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer.body();
    }

    private void assertBrokenAt(String matchId, long sequence) {
        JsonNode integrity = integrity(matchId);
        assertThat(integrity.get("valid").asBoolean()).isFalse();
        assertThat(integrity.get("events").asInt()).isEqualTo(EVENTS);
        assertThat(integrity.get("firstBrokenSequence").asLong()).isEqualTo(sequence);
    }

    /** What a forger who knows the hash's definition does: recompute the chain over the events as they now are. */
    private void rehash(String matchId, long from, long to) {
        String previousHash = stored(matchId, from - 1, META_DATA).get("hash").asText();
        for (long sequence = from; sequence <= to; sequence++) {
            ObjectNode metaData = stored(matchId, sequence, META_DATA);
            String hash = new EventHash(previousHash, sequence, payload(matchId, sequence),
                    Instant.parse(metaData.get("recordedAt").asText()), metaData.get("recordedBy").asText()).hex();
            metaData.put("previousHash", previousHash).put("hash", hash);
            store(matchId, sequence, META_DATA, metaData.toString());
            previousHash = hash;
        }
    }

    private MatchEvent payload(String matchId, long sequence) {
        String type = jdbc.queryForObject("select payload_type" + ROW, String.class, matchId, sequence);
        try {
            return (MatchEvent) FulltimeJson.storageMapper().readValue(
                    stored(matchId, sequence, PAYLOAD).toString(), Class.forName(type));
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes fields of a stored row's JSON, straight in the event store's table. */
    private void alter(String matchId, long sequence, String column, Consumer<ObjectNode> change) {
        ObjectNode stored = stored(matchId, sequence, column);
        change.accept(stored);
        store(matchId, sequence, column, stored.toString());
    }

    private ObjectNode stored(String matchId, long sequence, String column) {
        byte[] stored = jdbc.queryForObject("select " + column + ROW, byte[].class, matchId, sequence);
        try {
            return (ObjectNode) json.readTree(stored);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void store(String matchId, long sequence, String column, String storedJson) {
        assertThat(jdbc.update("update domain_event_entry set " + column + " = ?"
                        + " where aggregate_identifier = ? and sequence_number = ?",
                storedJson.getBytes(StandardCharsets.UTF_8), matchId, sequence))
                .isEqualTo(1);
    }
}
