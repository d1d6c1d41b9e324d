package dev.fulltime.infrastructure.browser;

import static dev.fulltime.infrastructure.support.MatchApi.fact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.fulltime.infrastructure.support.ApiClient;
import dev.fulltime.infrastructure.support.ApiClient.Answer;
import dev.fulltime.infrastructure.support.MatchApi;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An open match centre shows a goal recorded through the API within a second, without being reloaded. */
@DemoBrowserTest
class LiveMatchCentreBrowserTest {

    private static final Duration WITHIN_A_SECOND = Duration.ofSeconds(1);
    private static final By THE_NEW_GOAL = By.xpath(
            "//*[@data-testid='timeline-event'][@data-type='GOAL'][contains(., 'Dwight McNeil')]");

    @LocalServerPort
    int port;

    @Test
    void aGoalRecordedThroughTheApiAppearsOnTheOpenPageWithinASecond(WebDriver browser) {
        MatchApi matches = new MatchApi(new ApiClient(port));
        String matchId = matches.create(Map.of("homeTeam", "Liverpool FC", "awayTeam", "Everton FC",
                "venue", "Anfield"));
        matches.kickOff(matchId);
        matches.scoreboardAt(matchId, 1);
        FulltimePage page = new FulltimePage(browser, port).open("#/matches/" + matchId);
        await().atMost(FulltimePage.PATIENCE).until(() -> "0-0".equals(page.text("score"))
                && "live".equals(page.attribute("live-connection", "data-state")));
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("window.sameDocument = true");

        Answer goal = matches.record(matchId, fact("GOAL", "team", "Everton FC", "player", "Dwight McNeil",
                "minute", "12", "kind", "REGULAR"));

        // Awaitility's clock starts here, right after the POST was answered
        await().atMost(WITHIN_A_SECOND).pollInterval(Duration.ofMillis(20)).until(() ->
                "0-1".equals(page.text("score")) && !browser.findElements(THE_NEW_GOAL).isEmpty());
        assertThat(goal.status()).as(goal.body().toString()).isEqualTo(201);
        assertThat(script.executeScript("return window.sameDocument === true")).as("the page was not reloaded")
                .isEqualTo(true);
        Screenshots.save(browser, "match-centre-live");
    }
}
