package dev.fulltime.infrastructure.browser;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The web page as a reader sees it: opened at a route, read by its elements' {@code data-testid}s. */
final class FulltimePage {

    static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final int REDRAWS = 5;

    private final WebDriver browser;
    private final String baseUrl;

    FulltimePage(WebDriver browser, int port) {
        this.browser = browser;
        this.baseUrl = "http://localhost:" + port + "/";
    }

    /**
     * Opens a route ("" for the home page, "#/matches/{id}", ...) in a fresh document, so nothing of the page before
     * stays (a route that differs only by its hash would not reload), and waits until its view is drawn.
     */
    FulltimePage open(String route) {
        browser.get("about:blank");
        browser.get(baseUrl + route);
        await().atMost(PATIENCE).until(() -> all("loading").isEmpty());
        return this;
    }

    static By testId(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    /** The element, once it is on the page. */
    WebElement find(String testId) {
        return find(testId(testId));
    }

    WebElement find(By by) {
        return await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElement(by), element -> true);
    }

    List<WebElement> all(String testId) {
        return browser.findElements(testId(testId));
    }

    /** The element's text once it is on the page. */
    String shown(String testId) {
        find(testId);
        return text(testId);
    }

    /** The element's text as it is now, or null while it is not on the page. */
    String text(String testId) {
        return readRedrawn(testId, WebElement::getText);
    }

    /** An attribute of the element as it is now, or null while it is not on the page. */
    String attribute(String testId, String name) {
        return readRedrawn(testId, element -> element.getAttribute(name));
    }

    /** Reads an element that live updates may redraw between finding it and reading it: then it is found again. */
    private String readRedrawn(String testId, Function<WebElement, String> read) {
        for (int attempt = 1; ; attempt++) {
            try {
                List<WebElement> found = all(testId);
                return found.isEmpty() ? null : read.apply(found.get(0));
            } catch (StaleElementReferenceException redrawn) {
                if (attempt == REDRAWS) {
                    throw redrawn;
                }
            }
        }
    }

    WebDriver browser() {
        return browser;
    }
}
