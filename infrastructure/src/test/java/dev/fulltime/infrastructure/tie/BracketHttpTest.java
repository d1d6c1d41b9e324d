package dev.fulltime.infrastructure.tie;

import static dev.fulltime.infrastructure.tie.TieApi.assertProblem;
import static dev.fulltime.infrastructure.tie.TieApi.score;
import static dev.fulltime.infrastructure.tie.TieApi.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The last three rounds of a competition as a bracket: the 2022-23 semi-finals and the final between their winners,
 * with the results of {@code 2022-23/cl.txt} (goals recorded without scorers).
 */
@FulltimeHttpTest
class BracketHttpTest {

    private static final String SEMI_FINALS = "Semi-finals";
    private static final String FINAL = "Final";
    private static final String REAL = "Real Madrid";
    private static final String CITY = "Manchester City";
    private static final String MILAN = "AC Milan";
    private static final String INTER = "Inter";

    @LocalServerPort
    int port;

    private TieApi ties;

    @BeforeEach
    void setUp() {
        ties = new TieApi(port);
    }

    @Test
    void theBracketListsTheRoundsInOrderAndEveryWinnerAdvances() {
        String competitionId = ties.competition("UEFA Champions League", "2022-23", null);
        String realCity = twoLegs(competitionId, REAL, CITY, 1, 1, 4, 0);
        String milanInter = twoLegs(competitionId, MILAN, INTER, 0, 2, 1, 0);
        String finalistA = ties.decidedTie(realCity).path("winner").asText();
        String finalistB = ties.decidedTie(milanInter).path("winner").asText();
        assertThat(finalistA).isEqualTo(CITY);
        assertThat(finalistB).isEqualTo(INTER);

        String finalTie = ties.tie(competitionId, FINAL, finalistA, finalistB, 1);
        ties.fullTime(ties.leg(finalTie, 1, finalistA, finalistB), TieApi.score(finalistA, 1, finalistB, 0));
        JsonNode decidedFinal = ties.decidedTie(finalTie);

        JsonNode bracket = ties.awaitBody("/api/competitions/" + competitionId + "/bracket",
                body -> stream(body.path("rounds")).flatMap(round -> stream(round.path("ties")))
                        .filter(tie -> "DECIDED".equals(tie.path("status").asText())).count() == 3);

        assertThat(bracket.path("competitionId").asText()).isEqualTo(competitionId);
        assertThat(Brackets.rounds(bracket)).containsExactly(SEMI_FINALS, FINAL);
        assertThat(stream(bracket.path("rounds").get(0).path("ties")).map(tie -> tie.path("tieId").asText()))
                .containsExactly(realCity, milanInter);
        assertThat(stream(bracket.path("rounds").get(1).path("ties")).map(tie -> tie.path("tieId").asText()))
                .containsExactly(finalTie);
        assertThat(bracket.path("rounds").get(1).path("ties").get(0)).isEqualTo(decidedFinal);
        assertThat(decidedFinal.path("winner").asText()).isEqualTo(CITY);
        assertThat(decidedFinal.path("decidedBy").asText()).isEqualTo("SCORE");
        Brackets.assertEveryWinnerAdvances(bracket);
    }

    @Test
    void aBracketWhoseWinnerDoesNotAdvanceFailsTheCheck() throws Exception {
        JsonNode bracket = new ObjectMapper().readTree("""
                {"rounds": [
                  {"round": "Semi-finals", "ties": [
                    {"teamA": "Real Madrid", "teamB": "Manchester City", "winner": "Manchester City"},
                    {"teamA": "AC Milan", "teamB": "Inter", "winner": "Inter"}]},
                  {"round": "Final", "ties": [
                    {"teamA": "Real Madrid", "teamB": "Inter"}]}]}
                """);

        assertThatThrownBy(() -> Brackets.assertEveryWinnerAdvances(bracket))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Manchester City");
    }

    @Test
    void anUnknownCompetitionHasNoBracket() {
        assertProblem(ties.client().get("/api/competitions/no-such-" + UUID.randomUUID() + "/bracket"), 404);
    }

    /** A semi-final over two legs, each won, drawn or lost within 90 minutes; returns the tie's id. */
    private String twoLegs(String competitionId, String teamA, String teamB, int leg1A, int leg1B, int leg2B,
                           int leg2A) {
        String tieId = ties.tie(competitionId, SEMI_FINALS, teamA, teamB, 2);
        String leg1 = ties.leg(tieId, 1, teamA, teamB);
        ties.fullTime(leg1, TieApi.score(teamA, leg1A, teamB, leg1B));
        String leg2 = ties.leg(tieId, 2, teamB, teamA);
        ties.fullTime(leg2, TieApi.score(teamB, leg2B, teamA, leg2A));
        JsonNode tie = ties.decidedTie(tieId);
        assertThat(score(tie.path("legs").get(1).path("score"))).isEqualTo(leg2B + "-" + leg2A);
        return tieId;
    }
}
