package dev.fulltime.infrastructure.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/**
 * Headless Chromium driven through the system's chromedriver (Debian's {@code chromium} and {@code chromium-driver}).
 * Both paths are given explicitly, so Selenium Manager never looks for, or downloads, a browser or a driver. Other
 * paths: {@code -Dfulltime.test.chromium=...} and {@code -Dfulltime.test.chromedriver=...}.
 */
final class Chromium {

    private static final String BROWSER = System.getProperty("fulltime.test.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("fulltime.test.chromedriver", "/usr/bin/chromedriver");
    static final Dimension WINDOW = new Dimension(1280, 1200);

    private Chromium() {
    }

    /** A fresh browser with a profile of its own; fails, naming what to install, when Chromium is missing. */
    static Browser start() {
        requireExecutable(BROWSER, "fulltime.test.chromium");
        requireExecutable(DRIVER, "fulltime.test.chromedriver");
        Path profile = freshProfile();
        ChromeOptions options = new ChromeOptions()
                .setBinary(BROWSER)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--user-data-dir=" + profile,
                        "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile);
    }

    private static void requireExecutable(String path, String property) {
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException("The browser tests need headless Chromium and its driver, and " + path
                    + " is not there. Install them (Debian: apt-get install -y chromium chromium-driver) or name "
                    + "another path with -D" + property + "=...");
        }
    }

    private static Path freshProfile() {
        try {
            return Files.createTempDirectory("fulltime-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A running browser and its profile, both gone once closed. */
    record Browser(ChromeDriver driver, Path profile) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            try {
                driver.quit();
            } finally {
                FileSystemUtils.deleteRecursively(profile);
            }
        }
    }
}
