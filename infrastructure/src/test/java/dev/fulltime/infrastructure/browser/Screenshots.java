package dev.fulltime.infrastructure.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriver.Window;

/** Screenshots of the browser tests, under {@code target/screenshots/}. */
final class Screenshots {

    static final Path FOLDER = Path.of("target", "screenshots");

    private Screenshots() {
    }

    /** The whole page, however long: the window is made as tall as the page for the shot, then set back. */
    static Path saveWholePage(WebDriver browser, String name) {
        Window window = browser.manage().window();
        Dimension size = window.getSize();
        long chrome = (Long) ((JavascriptExecutor) browser).executeScript(
                "return window.outerHeight - window.innerHeight");
        long page = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollHeight");
        window.setSize(new Dimension(size.getWidth(), (int) (page + chrome)));
        try {
            return save(browser, name);
        } finally {
            window.setSize(size);
        }
    }

    static Path save(WebDriver browser, String name) {
        try {
            Files.createDirectories(FOLDER);
            Path file = FOLDER.resolve(name + ".png");
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), file,
                    StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
