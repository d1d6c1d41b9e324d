package dev.fulltime.application.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.Side;
import dev.fulltime.domain.match.event.GoalScored;
import dev.fulltime.domain.match.event.MatchScheduled;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void sortsTheKeysOfAnEventAndWritesNoWhitespace() {
        GoalScored goal = new GoalScored("goal-1", Side.HOME, "Núñez", Minute.of(45, 2), Period.FIRST_HALF,
                GoalKind.REGULAR);

        assertThat(CanonicalJson.of(goal)).isEqualTo("""
                {"eventId":"goal-1","kind":"REGULAR","minute":"45+2","period":"FIRST_HALF","player":"Núñez",\
                "side":"HOME"}""");
    }

    @Test
    void writesValuesInTheirStorageFormNullsIncluded() {
        MatchScheduled scheduled = new MatchScheduled("schedule", "match-1", "Liverpool FC", "Real Madrid",
                Instant.parse("2023-02-21T20:00:00Z"), null, null, null, null, null);

        assertThat(CanonicalJson.of(scheduled)).isEqualTo("""
                {"awayTeam":"Real Madrid","competitionId":null,"eventId":"schedule","homeTeam":"Liverpool FC",\
                "kickoffAt":"2023-02-21T20:00:00Z","leg":null,"matchId":"match-1","round":null,"tieId":null,\
                "venue":null}""");
    }

    @Test
    void theOrderKeysWereGivenInDoesNotMatterAtAnyLevel() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("b", 2);
        inner.put("a", 1);
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("z", List.of(inner));
        outer.put("m", inner);
        Map<String, Object> reordered = new LinkedHashMap<>();
        reordered.put("m", Map.of("a", 1, "b", 2));
        reordered.put("z", List.of(Map.of("a", 1, "b", 2)));

        assertThat(CanonicalJson.of(outer))
                .isEqualTo(CanonicalJson.of(reordered))
                .isEqualTo("{\"m\":{\"a\":1,\"b\":2},\"z\":[{\"a\":1,\"b\":2}]}");
    }
}
