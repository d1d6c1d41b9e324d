package dev.fulltime.infrastructure.browser;

import static dev.fulltime.infrastructure.browser.FulltimePage.testId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
import dev.fulltime.infrastructure.support.MatchApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The tie view: both legs, the aggregate, who goes through by which rule, and why, followed live. */
@DemoBrowserTest
class TieViewBrowserTest {

    @LocalServerPort
    int port;

    @BeforeEach
    void seed() {
        DemoSeed.awaitProjected(port);
    }

    @Test
    void theSeedTieShowsTwoSixAndRealMadridThroughOnAggregate(WebDriver browser) {
        FulltimePage page = new FulltimePage(browser, port).open("#/ties/" + DemoSeed.TIE);

        assertThat(page.shown("aggregate")).isEqualTo("2-6");
        assertThat(page.text("tie-winner")).isEqualTo("Real Madrid");
        assertThat(page.text("tie-decided-by")).isEqualTo("AGGREGATE");
        List<WebElement> legs = page.all("tie-leg");
        assertThat(legs).extracting(leg -> leg.findElement(testId("leg-score")).getText())
                .containsExactly("2-5", "1-0");
        assertThat(legs).extracting(leg -> leg.getAttribute("href"))
                .containsExactly(matchCentre(DemoSeed.LEG_1), matchCentre(DemoSeed.LEG_2));

        JsonNode explanation = new ApiClient(port).get("/api/ties/" + DemoSeed.TIE + "/explanation").body();
        assertThat(page.text("tie-explanation-summary")).isEqualTo(explanation.get("summary").asText());
        assertThat(page.all("tie-explanation-step")).hasSize(explanation.get("steps").size());
        Screenshots.save(browser, "tie");

        legs.get(0).click();
        await().atMost(FulltimePage.PATIENCE).until(() -> "2-5".equals(page.text("score")));
        assertThat(browser.getCurrentUrl()).isEqualTo(matchCentre(DemoSeed.LEG_1));
    }

    @Test
    void anOpenTieFollowsItsLegsLive(WebDriver browser) {
        ApiClient api = new ApiClient(port);
        MatchApi matches = new MatchApi(api);
        String competitionId = created(api.post("/api/competitions", Map.of("name", "Browser Cup",
                "season", "2026-27", "rules", Map.of("awayGoals", false, "extraTime", true, "penalties", true))),
                "competitionId");
        String tieId = created(api.post("/api/ties", Map.of("competitionId", competitionId, "round", "Final",
                "teamA", "Alpha FC", "teamB", "Beta FC", "legs", 2)), "tieId");
        String firstLeg = matches.create(Map.of("homeTeam", "Alpha FC", "awayTeam", "Beta FC", "tieId", tieId,
                "leg", 1));
        matches.kickOff(firstLeg);
        matches.scoreboardAt(firstLeg, 1);
        await().atMost(FulltimePage.PATIENCE).until(() -> api.get("/api/ties/" + tieId).status() == 200);
        FulltimePage page = new FulltimePage(browser, port).open("#/ties/" + tieId);
        await().atMost(FulltimePage.PATIENCE).until(() -> "0-0".equals(page.text("aggregate"))
                && "live".equals(page.attribute("live-connection", "data-state")));
        assertThat(page.text("tie-status")).isEqualTo("In progress");

        matches.goal(firstLeg, "Beta FC", "Some Striker", "12");

        await().atMost(FulltimePage.PATIENCE).until(() -> "0-1".equals(page.text("aggregate")));
        String summary = api.get("/api/ties/" + tieId + "/explanation").body().get("summary").asText();
        await().atMost(FulltimePage.PATIENCE).until(() -> summary.equals(page.text("tie-explanation-summary")));
    }

    private static String created(Answer answer, String id) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return answer.body().get(id).asText();
    }

    private String matchCentre(String matchId) {
        return "http://localhost:" + port + "/#/matches/" + matchId;
    }
}
