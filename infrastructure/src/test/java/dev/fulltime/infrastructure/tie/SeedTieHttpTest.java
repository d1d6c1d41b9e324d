package dev.fulltime.infrastructure.tie;

import static dev.fulltime.infrastructure.tie.TieApi.Goal.goal;
import static dev.fulltime.infrastructure.tie.TieApi.score;
import static dev.fulltime.infrastructure.tie.TieApi.stream;
import static dev.fulltime.infrastructure.tie.TieApi.teams;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import dev.fulltime.infrastructure.tie.TieApi.Goal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 2022-23 round of 16 tie Liverpool FC v Real Madrid, created and played over real HTTP: 2-5 at Anfield, 1-0 at
 * the Bernabéu, Real Madrid through 6-2 on aggregate.
 */
@FulltimeHttpTest
class SeedTieHttpTest {

    private static final String LIVERPOOL = "Liverpool FC";
    private static final String REAL = "Real Madrid";
    private static final Goal[] ANFIELD = {
        goal(LIVERPOOL, "Darwin Núñez", "4"),
        goal(LIVERPOOL, "Mohamed Salah", "14"),
        goal(REAL, "Vinícius Júnior", "21"),
        goal(REAL, "Vinícius Júnior", "36"),
        goal(REAL, "Éder Militão", "47"),
        goal(REAL, "Karim Benzema", "55"),
        goal(REAL, "Karim Benzema", "67"),
    };
    private static final Goal[] BERNABEU = {goal(REAL, "Karim Benzema", "78")};

    @LocalServerPort
    int port;

    private TieApi ties;
    private String competitionId;
    private String tieId;

    @BeforeEach
    void createTheTie() {
        ties = new TieApi(port);
        competitionId = ties.competition("UEFA Champions League", "2022-23", TieApi.withoutAwayGoals());
        tieId = ties.tie(competitionId, "Round of 16", LIVERPOOL, REAL, 2);
    }

    @Test
    void afterTheFirstLegTheTieIsInProgressAtTwoFive() {
        String leg1 = ties.leg(tieId, 1, LIVERPOOL, REAL, "2023-02-21T20:00:00Z", "Anfield");
        ties.fullTime(leg1, ANFIELD);

        JsonNode tie = ties.tieWithFinishedLegs(tieId, 1);

        assertThat(tie.path("tieId").asText()).isEqualTo(tieId);
        assertThat(tie.path("round").asText()).isEqualTo("Round of 16");
        assertThat(tie.path("teamA").asText()).isEqualTo(LIVERPOOL);
        assertThat(tie.path("teamB").asText()).isEqualTo(REAL);
        assertThat(tie.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(teams(tie.path("aggregate"))).isEqualTo("2-5");
        assertThat(tie.has("awayGoals")).as("no away goals under 2022-23 rules: %s", tie).isFalse();
        assertThat(tie.has("winner")).as("no winner yet: %s", tie).isFalse();
        assertThat(tie.has("eliminated")).isFalse();
        assertThat(tie.has("decidedBy")).isFalse();
        JsonNode leg = tie.path("legs").get(0);
        assertThat(leg.path("leg").asInt()).isEqualTo(1);
        assertThat(leg.path("matchId").asText()).isEqualTo(leg1);
        assertThat(leg.path("homeTeam").asText()).isEqualTo(LIVERPOOL);
        assertThat(leg.path("awayTeam").asText()).isEqualTo(REAL);
        assertThat(score(leg.path("score"))).isEqualTo("2-5");
        assertThat(leg.path("status").asText()).isEqualTo("FINISHED");
        assertThat(leg.has("penalties")).isFalse();
    }

    @Test
    void theSecondLegDecidesTheTieOnAggregateForRealMadrid() {
        String leg1 = ties.leg(tieId, 1, LIVERPOOL, REAL, "2023-02-21T20:00:00Z", "Anfield");
        ties.fullTime(leg1, ANFIELD);
        String leg2 = ties.leg(tieId, 2, REAL, LIVERPOOL, "2023-03-15T20:00:00Z", "Santiago Bernabéu");
        ties.fullTime(leg2, BERNABEU);

        JsonNode tie = ties.decidedTie(tieId);

        assertThat(tie.path("status").asText()).isEqualTo("DECIDED");
        assertThat(teams(tie.path("aggregate"))).isEqualTo("2-6");
        assertThat(tie.path("winner").asText()).isEqualTo(REAL);
        assertThat(tie.path("eliminated").asText()).isEqualTo(LIVERPOOL);
        assertThat(tie.path("decidedBy").asText()).isEqualTo("AGGREGATE");
        assertThat(tie.has("awayGoals")).isFalse();
        assertThat(stream(tie.path("legs")))
                .extracting(leg -> leg.path("leg").asInt(), leg -> leg.path("matchId").asText(),
                        leg -> leg.path("homeTeam").asText(), leg -> score(leg.path("score")),
                        leg -> leg.path("status").asText())
                .containsExactly(
                        tuple(1, leg1, LIVERPOOL, "2-5", "FINISHED"),
                        tuple(2, leg2, REAL, "1-0", "FINISHED"));
    }

    @Test
    void theCompetitionListsItsTieAndBothLegs() {
        String leg1 = ties.leg(tieId, 1, LIVERPOOL, REAL, "2023-02-21T20:00:00Z", "Anfield");
        ties.fullTime(leg1, ANFIELD);
        String leg2 = ties.leg(tieId, 2, REAL, LIVERPOOL, "2023-03-15T20:00:00Z", "Santiago Bernabéu");
        ties.fullTime(leg2, BERNABEU);

        JsonNode competitions = ties.awaitBody("/api/competitions", body -> stream(body.path("competitions"))
                .anyMatch(c -> c.path("competitionId").asText().equals(competitionId)));
        JsonNode competition = stream(competitions.path("competitions"))
                .filter(c -> c.path("competitionId").asText().equals(competitionId)).findFirst().orElseThrow();
        assertThat(competition.path("name").asText()).isEqualTo("UEFA Champions League");
        assertThat(competition.path("season").asText()).isEqualTo("2022-23");

        JsonNode competitionTies = ties.awaitBody("/api/competitions/" + competitionId + "/ties",
                body -> stream(body.path("ties")).anyMatch(t -> "DECIDED".equals(t.path("status").asText())));
        assertThat(competitionTies.path("ties")).hasSize(1);
        JsonNode tie = competitionTies.path("ties").get(0);
        assertThat(tie.path("tieId").asText()).isEqualTo(tieId);
        assertThat(tie.path("winner").asText()).isEqualTo(REAL);
        assertThat(teams(tie.path("aggregate"))).isEqualTo("2-6");

        JsonNode matches = ties.awaitBody("/api/matches?competitionId=" + competitionId,
                body -> body.path("matches").size() == 2);
        assertThat(stream(matches.path("matches")))
                .extracting(m -> m.path("matchId").asText(), m -> m.path("homeTeam").asText(),
                        m -> m.path("awayTeam").asText(), m -> m.path("competitionId").asText(),
                        m -> m.path("round").asText(), m -> m.path("tieId").asText(), m -> m.path("leg").asInt())
                .containsExactly(
                        tuple(leg1, LIVERPOOL, REAL, competitionId, "Round of 16",
                                tieId, 1),
                        tuple(leg2, REAL, LIVERPOOL, competitionId, "Round of 16",
                                tieId, 2));
    }
}
