package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.matters.AfterVisitMattersTest;
import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.RunningHall;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * A matter whose work went on after its visit (后台办理) in Chromium: the responsible counter's
 * page lists it, and the manager's desk closes it.
 */
class AfterVisitMatterBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(15);

    @Test
    void theManagerClosesAnAfterVisitMatterFromTheBoard() {
        try (RunningHall hall = RunningHall.start(AfterVisitMattersTest.afterVisitHall(), Clock.systemUTC());
             Browser browser = new Browser()) {
            hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\"}");
            String zhang = hall.api.login("1003");
            hall.api.post("/api/v1/counters/3/open", zhang, null);
            hall.api.post("/api/v1/counters/3/call-next", zhang, null);
            hall.api.post("/api/v1/counters/3/finish", zhang, null);

            Browser.Window pad = browser.open("http://127.0.0.1:" + hall.port() + "/counter?counter=3", 1366, 768);
            pad.awaitText("#counter-no", "3号窗口", A_WHILE);
            pad.find("#badge").sendKeys("1003");
            pad.find("#password").sendKeys("demo", Keys.ENTER);
            pad.awaitText("#after-visit", "B001", A_WHILE);
            pad.screenshot("after-visit-matter-at-counter");

            Browser.Window desk = browser.open("http://127.0.0.1:" + hall.port() + "/manager", 1440, 900);
            desk.awaitText("#login", "管理人员登录", A_WHILE);
            desk.find("#badge").sendKeys("9001");
            desk.find("#password").sendKeys("demo", Keys.ENTER);
            desk.awaitText("#matters", "后台办理中", A_WHILE);
            desk.screenshot("after-visit-matter-open");
            desk.find("[data-close-matter]").click();
            desk.await(A_WHILE, d -> d.findElements(org.openqa.selenium.By.cssSelector("#matters tr")).isEmpty());
            assertThat(hall.api.get("/api/v1/matters", hall.api.login("9001")).json().get("matters")).isEmpty();
        }
    }
}
