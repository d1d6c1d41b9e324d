package dev.fulltime.infrastructure.browser;

import static dev.fulltime.infrastructure.browser.FulltimePage.testId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The home page lists the competitions with their ties, and leads to a tie and to a competition's bracket. */
@DemoBrowserTest
class HomePageBrowserTest {

    private static final By SEED_TIE = By.cssSelector("[data-testid='competition'][data-competition-id='ucl-2022-23'] "
            + "[data-testid='tie-card'][data-tie-id='" + DemoSeed.TIE + "']");

    @LocalServerPort
    int port;

    @BeforeEach
    void seed() {
        DemoSeed.awaitProjected(port);
    }

    @Test
    void theHomePageShowsTheSeedTieWithItsAggregateAndLeadsToIt(WebDriver browser) {
        FulltimePage page = new FulltimePage(browser, port).open("");

        WebElement tie = page.find(SEED_TIE);
        assertThat(teams(tie)).containsExactly("Liverpool FC 2", "Real Madrid 6");
        assertThat(tie.findElement(testId("tie-decided-by")).getText()).isEqualTo("AGGREGATE");
        assertThat(page.all("competition")).extracting(competition -> competition.getAttribute("data-competition-id"))
                .contains("ucl-2022-23", "ucl-2021-22");
        Screenshots.save(browser, "home");

        tie.findElement(testId("tie-link")).click();
        await().atMost(FulltimePage.PATIENCE).until(() -> "2-6".equals(page.text("aggregate")));
        assertThat(browser.getCurrentUrl()).endsWith("#/ties/" + DemoSeed.TIE);
    }

    @Test
    void aCompetitionShowsItsBracketAndItsMatches(WebDriver browser) {
        FulltimePage page = new FulltimePage(browser, port).open("");
        page.find(By.cssSelector("[data-competition-id='ucl-2022-23'] [data-testid='competition-link']")).click();

        WebElement tie = page.find(By.cssSelector("[data-testid='bracket-round'] [data-tie-id='" + DemoSeed.TIE + "']"));
        assertThat(page.find("bracket-round").findElement(By.tagName("h3")).getText()).isEqualToIgnoringCase(
                "Round of 16");
        assertThat(teams(tie)).containsExactly("Liverpool FC 2", "Real Madrid 6");
        assertThat(page.all("match-link")).extracting(match -> match.getAttribute("data-match-id"))
                .containsExactly(DemoSeed.LEG_1, DemoSeed.LEG_2);
        Screenshots.save(browser, "competition");
    }

    private static List<String> teams(WebElement tie) {
        return tie.findElements(testId("tie-team")).stream()
                .map(team -> team.findElement(testId("team-name")).getText() + " "
                        + team.findElement(testId("team-goals")).getText())
                .toList();
    }
}
