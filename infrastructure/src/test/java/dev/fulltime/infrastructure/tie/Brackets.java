package dev.fulltime.infrastructure.tie;

import static dev.fulltime.infrastructure.tie.TieApi.stream;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Checks that hold for any knockout bracket as {@code GET /api/competitions/{id}/bracket} answers it. */
public final class Brackets {

    private Brackets() {
    }

    /** The names of the bracket's rounds, in its order. */
    public static List<String> rounds(JsonNode bracket) {
        return stream(bracket.path("rounds")).map(round -> round.path("round").asText()).toList();
    }

    /** Every team that won a tie of a round plays a tie of the round after it. */
    public static void assertEveryWinnerAdvances(JsonNode bracket) {
        List<JsonNode> rounds = stream(bracket.path("rounds")).toList();
        for (int index = 0; index + 1 < rounds.size(); index++) {
            JsonNode round = rounds.get(index);
            JsonNode next = rounds.get(index + 1);
            Set<String> nextTeams = stream(next.path("ties"))
                    .flatMap(tie -> Stream.of(tie.path("teamA").asText(), tie.path("teamB").asText()))
                    .collect(Collectors.toSet());
            stream(round.path("ties")).filter(tie -> tie.hasNonNull("winner")).forEach(tie ->
                    assertThat(nextTeams)
                            .as("%s, winner of %s v %s in %s, plays in %s", tie.path("winner").asText(),
                                    tie.path("teamA").asText(), tie.path("teamB").asText(),
                                    round.path("round").asText(), next.path("round").asText())
                            .contains(tie.path("winner").asText()));
        }
    }
}
