package dev.fulltime.infrastructure.tie;

import static dev.fulltime.infrastructure.tie.TieApi.Goal.goal;
import static dev.fulltime.infrastructure.tie.TieApi.Goal.penalty;
import static dev.fulltime.infrastructure.tie.TieApi.Kick.misses;
import static dev.fulltime.infrastructure.tie.TieApi.Kick.scores;
import static dev.fulltime.infrastructure.tie.TieApi.score;
import static dev.fulltime.infrastructure.tie.TieApi.teams;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.FulltimeHttpTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real knockout ties of the Champions League, recorded fact by fact over HTTP and decided each in its own way:
 * on away goals, on penalties, in extra time and within 90 minutes. Each case first checks its results against the
 * openfootball files in the test resources; scorers and minutes come from the {@code cl_finals.txt} files where
 * they give them, otherwise from the match reports (their half-time and 90-minute scores agree with the files).
 */
@FulltimeHttpTest
class NamedTiesHttpTest {

    private static final String UCL = "UEFA Champions League";

    @LocalServerPort
    int port;

    private TieApi ties;

    @BeforeEach
    void setUp() {
        ties = new TieApi(port);
    }

    /** 2014-15, round of 16: 1-1 in Paris, 2-2 after extra time at Stamford Bridge; PSG through on away goals. */
    @Test
    void parisSaintGermainKnockOutChelseaOnAwayGoalsAfterExtraTime() {
        String psg = "Paris Saint-Germain";
        String chelsea = "Chelsea FC";
        assertSourceSays("2014-15/cl.txt", "Paris Saint-Germain (FRA) v Chelsea FC (ENG) 1-1 (0-1)");
        assertSourceSays("2014-15/cl.txt", "Chelsea FC (ENG) v Paris Saint-Germain (FRA) 2-2 a.e.t. (1-1, 0-0)");
        assertSourceSays("2014-15/cl_finals.txt", "Chelsea 2-2 a.e.t. (1-1) Paris Saint-Germain");

        String competitionId = ties.competition(UCL, "2014-15", null);
        JsonNode competition = ties.awaitBody("/api/competitions/" + competitionId, body -> body.has("rules"));
        assertThat(competition.path("rules").path("awayGoals").asBoolean()).as("%s", competition).isTrue();
        assertThat(competition.path("rules").path("extraTime").asBoolean()).isTrue();
        assertThat(competition.path("rules").path("penalties").asBoolean()).isTrue();

        String tieId = ties.tie(competitionId, "Round of 16", psg, chelsea, 2);
        String paris = ties.leg(tieId, 1, psg, chelsea, "2015-02-17T19:45:00Z", "Parc des Princes");
        ties.fullTime(paris,
                goal(chelsea, "Branislav Ivanović", "36"),
                goal(psg, "Edinson Cavani", "54"));

        JsonNode afterParis = ties.tieWithFinishedLegs(tieId, 1);
        assertThat(afterParis.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(teams(afterParis.path("aggregate"))).isEqualTo("1-1");
        assertThat(teams(afterParis.path("awayGoals"))).isEqualTo("0-1");

        String london = ties.leg(tieId, 2, chelsea, psg, "2015-03-11T19:45:00Z", "Stamford Bridge");
        ties.regularTime(london,
                goal(chelsea, "Gary Cahill", "81"),
                goal(psg, "David Luiz", "86"));
        ties.extraTime(london,
                penalty(chelsea, "Eden Hazard", "96"),
                goal(psg, "Thiago Silva", "114"));
        ties.finalWhistle(london);

        JsonNode tie = ties.decidedTie(tieId);
        assertThat(tie.path("winner").asText()).isEqualTo(psg);
        assertThat(tie.path("eliminated").asText()).isEqualTo(chelsea);
        assertThat(tie.path("decidedBy").asText()).isEqualTo("AWAY_GOALS");
        assertThat(teams(tie.path("aggregate"))).isEqualTo("3-3");
        assertThat(teams(tie.path("awayGoals"))).as("PSG 2 at Stamford Bridge, Chelsea 1 in Paris").isEqualTo("2-1");
        assertThat(score(tie.path("legs").get(1).path("score"))).isEqualTo("2-2");
        assertThat(score(tie.path("legs").get(1).path("afterNinety"))).isEqualTo("1-1");
    }

    /** 2011-12, round of 16: 1-0 in Lyon, 1-0 in Nicosia after extra time, APOEL through 4-3 on penalties. */
    @Test
    void apoelKnockOutLyonOnPenalties() {
        String lyon = "Olympique Lyonnais";
        String apoel = "APOEL Nikosia";
        assertSourceSays("2011-12/cl.txt", "Olympique Lyonnais (FRA) v APOEL Nikosia (CYP) 1-0 (0-0)");
        assertSourceSays("2011-12/cl.txt",
                "APOEL Nikosia (CYP) v Olympique Lyonnais (FRA) 4-3 pen. 1-0 a.e.t. (1-0, 1-0)");

        String competitionId = ties.competition(UCL, "2011-12", null);
        String tieId = ties.tie(competitionId, "Round of 16", lyon, apoel, 2);
        String leg1 = ties.leg(tieId, 1, lyon, apoel, "2012-02-14T19:45:00Z", "Stade de Gerland");
        ties.fullTime(leg1, goal(lyon, "Alexandre Lacazette", "57"));
        String leg2 = ties.leg(tieId, 2, apoel, lyon, "2012-03-07T19:45:00Z", "GSP Stadium");
        ties.regularTime(leg2, goal(apoel, "Gustavo Manduca", "9"));
        ties.extraTime(leg2);
        // the files give the tally, not the order of the kicks: a valid order to 4-3, ending when decided
        ties.shootout(leg2,
                scores(apoel), scores(lyon),
                scores(apoel), scores(lyon),
                scores(apoel), misses(lyon),
                misses(apoel), scores(lyon),
                scores(apoel), misses(lyon));
        long version = ties.finalWhistle(leg2);

        JsonNode tie = ties.decidedTie(tieId);
        assertThat(tie.path("winner").asText()).isEqualTo(apoel);
        assertThat(tie.path("eliminated").asText()).isEqualTo(lyon);
        assertThat(tie.path("decidedBy").asText()).isEqualTo("PENALTIES");
        assertThat(teams(tie.path("aggregate"))).isEqualTo("1-1");
        assertThat(teams(tie.path("awayGoals"))).isEqualTo("0-0");
        assertThat(score(tie.path("legs").get(1).path("penalties"))).isEqualTo("4-3");

        JsonNode scoreboard = ties.matches().scoreboardAt(leg2, version);
        assertThat(scoreboard.path("status").asText()).isEqualTo("FINISHED");
        assertThat(score(scoreboard.path("score"))).isEqualTo("1-0");
        assertThat(score(scoreboard.path("penalties"))).isEqualTo("4-3");
    }

    /** 2011-12 final in Munich: 1-1 after extra time, Chelsea win 4-3 on penalties, known here by the tally only. */
    @Test
    void chelseaWinTheMunichFinalOnPenaltiesRecordedAsATally() {
        String bayern = "Bayern München";
        String chelsea = "Chelsea FC";
        assertSourceSays("2011-12/cl.txt", "Bayern München (GER) v Chelsea FC (ENG) 3-4 pen. 1-1 a.e.t. (1-1, 0-0)");
        assertSourceSays("2011-12/cl_finals.txt", "[Müller 83'; Drogba 88']");

        String competitionId = ties.competition(UCL, "2011-12", null);
        String tieId = ties.tie(competitionId, "Final", bayern, chelsea, 1);
        String munich = ties.leg(tieId, 1, bayern, chelsea, "2012-05-19T18:45:00Z", "Allianz Arena");
        ties.regularTime(munich,
                goal(bayern, "Thomas Müller", "83"),
                goal(chelsea, "Didier Drogba", "88"));
        ties.extraTime(munich);
        ties.shootoutTally(munich, 3, 4);
        long version = ties.finalWhistle(munich);

        JsonNode tie = ties.decidedTie(tieId);
        assertThat(tie.path("winner").asText()).isEqualTo(chelsea);
        assertThat(tie.path("eliminated").asText()).isEqualTo(bayern);
        assertThat(tie.path("decidedBy").asText()).isEqualTo("PENALTIES");
        assertThat(teams(tie.path("aggregate"))).isEqualTo("1-1");
        assertThat(tie.has("awayGoals")).isFalse();
        assertThat(score(tie.path("legs").get(0).path("penalties"))).isEqualTo("3-4");
        assertThat(score(ties.matches().scoreboardAt(munich, version).path("penalties"))).isEqualTo("3-4");
    }

    /** 2013-14 final in Lisbon: 1-1 after 90 minutes (Ramos in the 93rd), 4-1 to Real Madrid after extra time. */
    @Test
    void realMadridWinTheLisbonFinalInExtraTime() {
        String real = "Real Madrid";
        String atletico = "Atlético Madrid";
        assertSourceSays("2013-14/cl.txt", "Real Madrid (ESP) v Atlético Madrid (ESP) 4-1 a.e.t. (1-1, 0-1)");
        assertSourceSays("2013-14/cl_finals.txt",
                "[Ramos 90+3' Bale 110' Marcelo 118' Ronaldo 120' (pen.); Godín 36']");

        String competitionId = ties.competition(UCL, "2013-14", null);
        String tieId = ties.tie(competitionId, "Final", real, atletico, 1);
        String lisbon = ties.leg(tieId, 1, real, atletico, "2014-05-24T18:45:00Z", "Estádio da Luz");
        ties.regularTime(lisbon,
                goal(atletico, "Diego Godín", "36"),
                goal(real, "Sergio Ramos", "90+3"));
        ties.extraTime(lisbon,
                goal(real, "Gareth Bale", "110"),
                goal(real, "Marcelo", "118"),
                penalty(real, "Cristiano Ronaldo", "120"));
        ties.finalWhistle(lisbon);

        JsonNode tie = ties.decidedTie(tieId);
        assertThat(tie.path("winner").asText()).isEqualTo(real);
        assertThat(tie.path("eliminated").asText()).isEqualTo(atletico);
        assertThat(tie.path("decidedBy").asText()).isEqualTo("EXTRA_TIME");
        assertThat(teams(tie.path("aggregate"))).isEqualTo("4-1");
        assertThat(tie.has("awayGoals")).as("a single match has no away goals: %s", tie).isFalse();
        assertThat(score(tie.path("legs").get(0).path("afterNinety"))).isEqualTo("1-1");
        assertThat(tie.path("legs").get(0).has("penalties")).isFalse();
    }

    /** 2012-13 final at Wembley: Bayern beat Dortmund 2-1 within 90 minutes. */
    @Test
    void bayernWinTheWembleyFinalWithinNinetyMinutes() {
        String dortmund = "Borussia Dortmund";
        String bayern = "Bayern München";
        assertSourceSays("2012-13/cl_finals.txt", "Borussia Dortmund 1-2 Bayern München @ Wembley Stadium, London");
        assertSourceSays("2012-13/cl_finals.txt", "[Gündoğan 68' (pen.); Mandžukić 60' Robben 89']");

        String competitionId = ties.competition(UCL, "2012-13", null);
        String tieId = ties.tie(competitionId, "Final", dortmund, bayern, 1);
        String wembley = ties.leg(tieId, 1, dortmund, bayern, "2013-05-25T18:45:00Z", "Wembley Stadium");
        ties.fullTime(wembley,
                goal(bayern, "Mario Mandžukić", "60"),
                penalty(dortmund, "İlkay Gündoğan", "68"),
                goal(bayern, "Arjen Robben", "89"));

        JsonNode tie = ties.decidedTie(tieId);
        assertThat(tie.path("winner").asText()).isEqualTo(bayern);
        assertThat(tie.path("eliminated").asText()).isEqualTo(dortmund);
        assertThat(tie.path("decidedBy").asText()).isEqualTo("SCORE");
        assertThat(teams(tie.path("aggregate"))).isEqualTo("1-2");
        assertThat(tie.has("awayGoals")).isFalse();
    }

    /** Some line of an openfootball file holds {@code text}, runs of spaces collapsed. */
    private static void assertSourceSays(String file, String text) {
        String path = "/openfootball/champions-league/" + file;
        try (InputStream in = Objects.requireNonNull(NamedTiesHttpTest.class.getResourceAsStream(path), path)) {
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(content.lines().map(l -> l.strip().replaceAll("\\s+", " ")))
                    .as("the results of %s", file).anyMatch(l -> l.contains(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
