package dev.fulltime.infrastructure.browser;

import static dev.fulltime.infrastructure.browser.FulltimePage.testId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.ApiClient;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The match centre of the seed matches: scoreboard, timeline, chart, replay slider and the log's integrity. */
@DemoBrowserTest
class MatchCentreBrowserTest {

    /** More than the slider's stops: every minute of a match with extra time, stoppage time and the end. */
    private static final int MAX_STOPS = 200;
    private static final By GOALS = By.cssSelector("[data-testid='timeline-event'][data-type='GOAL']");

    @LocalServerPort
    int port;

    @BeforeEach
    void seed() {
        DemoSeed.awaitProjected(port);
    }

    @Test
    void theFirstLegShowsTwoFiveAndItsSevenGoalsInMatchClockOrder(WebDriver browser) {
        FulltimePage page = new FulltimePage(browser, port).open("#/matches/" + DemoSeed.LEG_1);

        assertThat(page.shown("score")).isEqualTo("2-5");
        assertThat(page.text("home-team")).isEqualTo("Liverpool FC");
        assertThat(page.text("away-team")).isEqualTo("Real Madrid");
        List<WebElement> goals = browser.findElements(GOALS);
        assertThat(goals).extracting(goal -> goal.findElement(testId("event-minute")).getText())
                .containsExactly("4'", "14'", "21'", "36'", "47'", "55'", "67'");
        assertThat(goals).extracting(goal -> goal.getAttribute("data-side"))
                .containsExactly("home", "home", "away", "away", "away", "away", "away");
        assertThat(goals).extracting(goal -> goal.findElement(testId("score-after")).getText())
                .containsExactly("1-0", "2-0", "2-1", "2-2", "2-3", "2-4", "2-5");
        assertThat(page.find("score-chart").findElements(By.cssSelector(".goal"))).hasSize(7);

        JsonNode integrity = new ApiClient(port).get("/api/matches/" + DemoSeed.LEG_1 + "/integrity").body();
        page.find("integrity");
        assertThat(page.attribute("integrity", "data-valid")).isEqualTo("true");
        assertThat(page.text("integrity-events")).isEqualTo(integrity.get("events").asText());
        assertThat(page.text("integrity-head")).startsWith(integrity.get("headHash").asText().substring(0, 8));
        await().atMost(FulltimePage.PATIENCE)
                .until(() -> "live".equals(page.attribute("live-connection", "data-state")));
        Screenshots.saveWholePage(browser, "match-centre");
    }

    @Test
    void theReplaySliderTravelsToFourteenMinutesAndBack(WebDriver browser) {
        FulltimePage page = new FulltimePage(browser, port).open("#/matches/" + DemoSeed.LEG_1);
        WebElement slider = page.find("replay-slider");
        assertThat(page.shown("score")).isEqualTo("2-5");

        moveTo(page, slider, "14'");

        await().atMost(FulltimePage.PATIENCE).until(() -> "2-0".equals(page.text("score")));
        assertThat(page.text("replay-banner")).contains("14'");
        assertThat(browser.findElements(GOALS)).extracting(goal -> goal.getAttribute("class").contains("later"))
                .containsExactly(false, false, true, true, true, true, true);
        assertThat(page.all("chart-cursor")).hasSize(1);
        Screenshots.save(browser, "match-centre-replay-14");

        slider.sendKeys(Keys.END);
        await().atMost(FulltimePage.PATIENCE).until(() -> "2-5".equals(page.text("score")));
        assertThat(page.all("replay-banner")).isEmpty();
    }

    /** Moves the slider as a reader does with the keyboard: to its first stop, then a minute at a time. */
    private static void moveTo(FulltimePage page, WebElement slider, String minute) {
        slider.sendKeys(Keys.HOME);
        for (int step = 0; step < MAX_STOPS && !minute.equals(page.text("replay-minute")); step++) {
            slider.sendKeys(Keys.ARROW_RIGHT);
        }
        assertThat(page.text("replay-minute")).isEqualTo(minute);
    }

    @Test
    void theFinalStrikesTheDisallowedGoalThroughAndMarksTheCorrectedOne(WebDriver browser) {
        FulltimePage page = new FulltimePage(browser, port).open("#/matches/" + DemoSeed.PARIS_FINAL);
        assertThat(page.shown("score")).isEqualTo("0-1");

        WebElement disallowed = page.find(By.cssSelector("[data-testid='timeline-event'][data-status='DISALLOWED']"));
        WebElement struck = disallowed.findElement(testId("struck"));
        assertThat(struck.getText()).isEqualTo("Karim Benzema");
        assertThat(struck.getCssValue("text-decoration-line")).isEqualTo("line-through");
        assertThat(disallowed.findElement(testId("amendment")).getText()).contains("offside");

        WebElement corrected = page.find(By.cssSelector("[data-testid='timeline-event'][data-status='CORRECTED']"));
        assertThat(corrected.findElement(testId("fact-status")).getText()).isEqualToIgnoringCase("Corrected");
        assertThat(corrected.findElement(testId("event-minute")).getText()).isEqualTo("59'");
        assertThat(corrected.findElement(testId("amendment")).getText()).contains("corrected from 58'");
        Screenshots.save(browser, "match-centre-corrections");
    }
}
