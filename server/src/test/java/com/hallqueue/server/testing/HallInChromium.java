package com.hallqueue.server.testing;

import com.hallqueue.server.config.HallConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Keys;

/**
 * A real hall and a headless Chromium beside it, for a page test. Registered on a static field
 * ({@code @RegisterExtension static final HallInChromium pages = HallInChromium.demo();}) one
 * hall and one browser serve the whole class; on an instance field each test gets its own
 * fresh hall and browser. Both are started before the class's own {@code @BeforeAll} or
 * {@code @BeforeEach} methods run, so those may already put tickets and ratings into the hall.
 */
public final class HallInChromium
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    /** How long a login page may take to answer; generous, since a passing test never waits it out. */
    private static final Duration LOGIN_WAIT = Duration.ofSeconds(15);
    private static final String DEMO_PASSWORD = "demo";
    private static final String MANAGER_BADGE = "9001";

    private final Supplier<RunningHall> starter;
    private RunningHall hall;
    private Browser browser;
    private boolean forOneTest;

    private HallInChromium(Supplier<RunningHall> starter) {
        this.starter = starter;
    }

    /** The demo hall going by the real clock. */
    public static HallInChromium demo() {
        return new HallInChromium(RunningHall::demo);
    }

    /** {@code config}'s hall going by {@code clock} (a {@code VirtualClock} to move the day along). */
    public static HallInChromium of(HallConfig config, Clock clock) {
        return new HallInChromium(() -> RunningHall.start(config, clock));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // a static field was started for the whole class already; an instance field starts here
        if (hall == null) {
            forOneTest = true;
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (forOneTest) {
            stop();
        }
    }

    private void start() {
        hall = starter.get();
        browser = new Browser();
    }

    private void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (hall != null) {
                hall.close();
            }
            browser = null;
            hall = null;
        }
    }

    public RunningHall hall() {
        return hall;
    }

    public Browser browser() {
        return browser;
    }

    /** The hall's address, {@code http://127.0.0.1:port}, for addresses the tests build themselves. */
    public String base() {
        return "http://127.0.0.1:" + hall.port();
    }

    /** Opens {@code path} of the hall (say {@code /kiosk?token=demo-kiosk}) in a new window of {@code width}×{@code height}. */
    public Browser.Window open(String path, int width, int height) {
        return browser.open(base() + path, width, height);
    }

    /**
     * Opens the manager's desk and logs in as the demo hall's manager (9001). What the desk
     * shows once logged in differs from test to test, so each test waits for its own part.
     */
    public Browser.Window managerDesk(int width, int height) {
        Browser.Window desk = open("/manager", width, height);
        desk.awaitText("#login", "管理人员登录", LOGIN_WAIT);
        desk.find("#badge").sendKeys(MANAGER_BADGE);
        desk.find("#password").sendKeys(DEMO_PASSWORD, Keys.ENTER);
        return desk;
    }

    /**
     * Opens counter {@code counter}'s page and logs in there as {@code badge} with the demo
     * password, without waiting for the login to be taken (some tests wait for something else).
     */
    public Browser.Window logInAtCounter(int counter, String badge, int width, int height) {
        Browser.Window pad = open("/counter?counter=" + counter, width, height);
        pad.awaitText("#counter-no", counter + "号窗口", LOGIN_WAIT);
        pad.find("#badge").sendKeys(badge);
        pad.find("#password").sendKeys(DEMO_PASSWORD, Keys.ENTER);
        return pad;
    }

    /** Counter {@code counter}'s page with {@code badge} logged in at it: the page names them in its header. */
    public Browser.Window counterPad(int counter, String badge, int width, int height) {
        Browser.Window pad = logInAtCounter(counter, badge, width, height);
        pad.awaitText("#where", badge, LOGIN_WAIT);
        return pad;
    }
}
