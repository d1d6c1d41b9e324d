package dev.fulltime.infrastructure.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fulltime.infrastructure.demo.SeedMatches;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
import dev.fulltime.infrastructure.support.MatchApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.springframework.core.io.ClassPathResource;

/**
 * The seed story's 2022-23 round-of-16 tie, Liverpool FC v Real Madrid, recorded over HTTP under fresh identifiers:
 * a competition without away goals, the tie, then each leg with its facts as {@code demo/seed-matches.json} gives
 * them, and the moment between the legs.
 */
record SeedTie(String tieId, String firstLeg, String secondLeg, Instant betweenTheLegs) {

    static final String LIVERPOOL = "Liverpool FC";
    static final String REAL_MADRID = "Real Madrid";
    private static final String FIRST_LEG = "ucl-2022-23-r16-liv-rma-leg1";
    private static final String SECOND_LEG = "ucl-2022-23-r16-liv-rma-leg2";

    static SeedTie record(MatchApi matches) {
        String competitionId = created(matches.client().post("/api/competitions", Map.of(
                "name", "UEFA Champions League", "season", "2022-23",
                "rules", Map.of("awayGoals", false, "extraTime", true, "penalties", true))), "competitionId");
        String tieId = created(matches.client().post("/api/ties", Map.of("competitionId", competitionId,
                "round", "Round of 16", "teamA", LIVERPOOL, "teamB", REAL_MADRID, "legs", 2)), "tieId");
        String firstLeg = recordLeg(matches, tieId, FIRST_LEG);
        Instant betweenTheLegs = Moments.betweenWrites();
        String secondLeg = recordLeg(matches, tieId, SECOND_LEG);
        return new SeedTie(tieId, firstLeg, secondLeg, betweenTheLegs);
    }

    /** Only the first leg, Liverpool FC 2-5 Real Madrid at Anfield; returns its match id. */
    static String recordFirstLeg(MatchApi matches) {
        return recordLeg(matches, null, FIRST_LEG);
    }

    private static String recordLeg(MatchApi matches, String tieId, String seedMatchId) {
        JsonNode seed = seedMatch(seedMatchId);
        JsonNode match = seed.path("match");
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : new String[] {"homeTeam", "awayTeam", "kickoffAt", "venue"}) {
            body.put(field, match.path(field).asText());
        }
        if (tieId != null) {
            body.put("tieId", tieId);
            body.put("leg", match.path("leg").asInt());
        }
        String matchId = matches.create(body);
        seed.path("facts").forEach(fact -> {
            Answer answer = matches.client().post("/api/matches/" + matchId + "/events", fact);
            assertThat(answer.status()).as("%s refused: %s", fact, answer.body()).isEqualTo(201);
        });
        return matchId;
    }

    private static JsonNode seedMatch(String matchId) {
        try (InputStream in = new ClassPathResource(SeedMatches.RESOURCE).getInputStream()) {
            JsonNode seed = new ObjectMapper().readTree(in);
            return StreamSupport.stream(seed.path("matches").spliterator(), false)
                    .filter(match -> match.path("match").path("matchId").asText().equals(matchId))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String created(Answer answer, String idField) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(201);
        return answer.body().path(idField).asText();
    }
}
