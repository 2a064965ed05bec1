package com.hallqueue.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: one per test class, one
 * window per device, each window at its device's screen size. Screenshots go to
 * {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private final ChromeDriver driver;
    private final Path profile;

    public Browser() {
        try {
            profile = Files.createTempDirectory("hallqueue-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--hide-scrollbars",
                // several device windows live side by side; none may be slowed as "in the background"
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                "--disable-backgrounding-occluded-windows",
                // a hall screen plays its announcements without anybody tapping it first
                "--autoplay-policy=no-user-gesture-required", "--mute-audio");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        driver = new ChromeDriver(service, options);
    }

    /** Opens {@code url} in a new window whose page area is exactly {@code width}×{@code height}. */
    public Window open(String url, int width, int height) {
        boolean first = driver.getWindowHandles().size() == 1 && "about:blank".equals(driver.getCurrentUrl());
        if (!first) {
            driver.switchTo().newWindow(WindowType.WINDOW);
        }
        Window w = new Window(driver.getWindowHandle(), width, height);
        w.focus();
        driver.get(url);
        return w;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover profile in the temp directory harms nothing
        }
    }

    /** One device's window: everything is done after switching to it. */
    public final class Window {
        private final String handle;
        private final int width;
        private final int height;

        private Window(String handle, int width, int height) {
            this.handle = handle;
            this.width = width;
            this.height = height;
        }

        public WebDriver focus() {
            driver.switchTo().window(handle);
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                    "width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
            return driver;
        }

        public WebElement find(String css) {
            focus();
            return driver.findElement(By.cssSelector(css));
        }

        public String text(String css) {
            return find(css).getText();
        }

        public Object script(String js, Object... args) {
            focus();
            return driver.executeScript(js, args);
        }

        /**
         * Waits until {@code condition} holds (not null, not false), at most {@code within}. An
         * element the page redrew while it was being read is asked for again.
         */
        public <T> T await(Duration within, Function<WebDriver, T> condition) {
            focus();
            return new WebDriverWait(driver, within, Duration.ofMillis(50))
                    .ignoring(StaleElementReferenceException.class).until(condition);
        }

        /** Waits until the element's visible text contains {@code text}. */
        public void awaitText(String css, String text, Duration within) {
            await(within, d -> d.findElements(By.cssSelector(css)).stream()
                    .anyMatch(e -> e.getText().contains(text)));
        }

        public void go(String url) {
            focus();
            driver.get(url);
        }

        public Path screenshot(String name) {
            focus();
            try {
                Files.createDirectories(SCREENSHOTS);
                Path file = SCREENSHOTS.resolve(name + ".png");
                Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public byte[] screenshotOf(String css) {
            return find(css).getScreenshotAs(OutputType.BYTES);
        }
    }
}
