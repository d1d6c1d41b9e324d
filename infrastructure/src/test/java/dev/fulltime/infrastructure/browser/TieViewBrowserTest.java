package dev.fulltime.infrastructure.browser;

import static dev.fulltime.infrastructure.browser.FulltimePage.testId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fulltime.infrastructure.support.ApiClient;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The tie view: both legs, the aggregate, who goes through by which rule, and why. */
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

    private String matchCentre(String matchId) {
        return "http://localhost:" + port + "/#/matches/" + matchId;
    }
}
