package dev.fulltime.infrastructure.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fulltime.infrastructure.demo.SeedMatches;
import dev.fulltime.infrastructure.demo.SeedMatches.SeedMatch;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import dev.fulltime.infrastructure.support.MatchApi;
import dev.fulltime.infrastructure.web.match.FactRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The 2022-23 Anfield leg, recorded fact by fact over HTTP as a live scorer would, from the seed data. */
@FulltimeHttpTest
class AnfieldLegHttpTest {

    private static final String LEG_1 = "ucl-2022-23-r16-liv-rma-leg1";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper mapper;

    private MatchApi matches;
    private SeedMatch leg;

    @BeforeEach
    void setUp() {
        matches = new MatchApi(new ApiClient(port));
        leg = SeedMatches.load(mapper).match(LEG_1);
    }

    @Test
    void theScoreboardFollowsTheMatchFromTwoNilToTwoFive() {
        String matchId = createLeg();
        List<JsonNode> answers = new ArrayList<>();
        JsonNode afterSalah = null;
        JsonNode atHalfTime = null;
        for (FactRequest fact : leg.facts()) {
            JsonNode answer = recordSeedFact(matchId, fact);
            answers.add(answer);
            long version = answer.get("version").asLong();
            if ("Mohamed Salah".equals(fact.player())) {
                afterSalah = matches.scoreboardAt(matchId, version);
            }
            if (fact.type().name().equals("PERIOD_ENDED") && fact.period().name().equals("FIRST_HALF")) {
                atHalfTime = matches.scoreboardAt(matchId, version);
            }
        }
        long finalVersion = answers.get(answers.size() - 1).get("version").asLong();
        JsonNode atFullTime = matches.scoreboardAt(matchId, finalVersion);

        assertThat(score(afterSalah)).isEqualTo("2-0");
        assertThat(afterSalah.get("status").asText()).isEqualTo("LIVE");
        assertThat(score(atHalfTime)).isEqualTo("2-2");
        assertThat(score(atFullTime)).isEqualTo("2-5");
        assertThat(atFullTime.get("status").asText()).isEqualTo("FINISHED");
        assertThat(atFullTime.has("penalties")).isFalse();
        assertThat(answers).extracting(a -> a.get("sequence").asLong())
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, leg.facts().size())
                        .boxed().toList());
    }

    @Test
    void theTimelineListsTheSevenGoalsInOrderWithTheRunningScore() {
        String matchId = createLeg();
        long version = 0;
        for (FactRequest fact : leg.facts()) {
            version = recordSeedFact(matchId, fact).get("version").asLong();
        }
        JsonNode timeline = matches.timelineAt(matchId, version);

        List<JsonNode> goals = StreamSupport.stream(timeline.get("events").spliterator(), false)
                .filter(e -> e.get("type").asText().equals("GOAL")).toList();
        assertThat(goals).extracting(g -> g.get("minute").asText(), g -> g.get("player").asText(),
                        g -> g.get("team").asText(), this::score, g -> g.get("status").asText())
                .containsExactly(
                        tuple("4", "Darwin Núñez", "Liverpool FC", "1-0", "VALID"),
                        tuple("14", "Mohamed Salah", "Liverpool FC", "2-0", "VALID"),
                        tuple("21", "Vinícius Júnior", "Real Madrid", "2-1", "VALID"),
                        tuple("36", "Vinícius Júnior", "Real Madrid", "2-2", "VALID"),
                        tuple("47", "Éder Militão", "Real Madrid", "2-3", "VALID"),
                        tuple("55", "Karim Benzema", "Real Madrid", "2-4", "VALID"),
                        tuple("67", "Karim Benzema", "Real Madrid", "2-5", "VALID"));
        JsonNode entries = timeline.get("events");
        assertThat(entries.get(0).get("type").asText()).isEqualTo("PERIOD_STARTED");
        assertThat(entries.get(entries.size() - 1).get("type").asText()).isEqualTo("MATCH_ENDED");
    }

    @Test
    void theRawLogHoldsEveryFactWithItsMetadata() {
        String matchId = createLeg();
        List<String> eventIds = new ArrayList<>();
        for (FactRequest fact : leg.facts()) {
            eventIds.add(recordSeedFact(matchId, fact).get("eventId").asText());
        }

        JsonNode log = matches.log(matchId).get("events");

        assertThat(log).hasSize(leg.facts().size() + 1);
        assertThat(log.get(0).get("type").asText()).isEqualTo("MATCH_SCHEDULED");
        long previousGlobalIndex = -1;
        for (int sequence = 0; sequence < log.size(); sequence++) {
            JsonNode event = log.get(sequence);
            assertThat(event.get("sequence").asLong()).isEqualTo(sequence);
            assertThat(event.get("globalIndex").asLong()).isGreaterThan(previousGlobalIndex);
            previousGlobalIndex = event.get("globalIndex").asLong();
            assertThat(event.get("recordedAt").asText()).isNotBlank();
            assertThat(event.get("recordedBy").asText()).as("the authenticated user").isEqualTo("admin");
            assertThat(event.get("source").asText()).isEqualTo("api");
            assertThat(event.get("payload").get("eventId").asText()).isEqualTo(event.get("eventId").asText());
        }
        assertThat(StreamSupport.stream(log.spliterator(), false).skip(1).map(e -> e.get("eventId").asText()))
                .containsExactlyElementsOf(eventIds);
        assertThat(StreamSupport.stream(log.spliterator(), false).map(e -> e.get("type").asText()))
                .filteredOn("GOAL"::equals).hasSize(7);
    }

    /** The seed leg's match on its own, under a fresh id, so that every test has a stream of its own. */
    private String createLeg() {
        Map<String, Object> match = mapper.convertValue(leg.match(), new TypeReference<>() { });
        match.keySet().removeAll(List.of("matchId", "tieId", "leg"));
        return matches.create(match);
    }

    private JsonNode recordSeedFact(String matchId, FactRequest fact) {
        ApiClient.Answer answer = matches.client().post("/api/matches/" + matchId + "/events", fact);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return answer.body();
    }

    private String score(JsonNode node) {
        return node.get("score").get("home").asInt() + "-" + node.get("score").get("away").asInt();
    }
}
