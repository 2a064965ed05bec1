package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.matters.AfterVisitMattersTest;
import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.HallInChromium;
import com.hallqueue.server.testing.RunningHall;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A matter whose work went on after its visit (后台办理) in Chromium: the responsible counter's
 * page lists it, and the manager's desk closes it.
 */
class AfterVisitMatterBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(15);

    @RegisterExtension
    static final HallInChromium pages = HallInChromium.of(AfterVisitMattersTest.afterVisitHall(), Clock.systemUTC());

    @Test
    void theManagerClosesAnAfterVisitMatterFromTheBoard() {
        RunningHall hall = pages.hall();
        hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\"}");
        String zhang = hall.api.login("1003");
        hall.api.post("/api/v1/counters/3/open", zhang, null);
        hall.api.post("/api/v1/counters/3/call-next", zhang, null);
        hall.api.post("/api/v1/counters/3/finish", zhang, null);

        Browser.Window pad = pages.logInAtCounter(3, "1003", 1366, 768);
        pad.awaitText("#after-visit", "B001", A_WHILE);
        pad.screenshot("after-visit-matter-at-counter");

        Browser.Window desk = pages.managerDesk(1440, 900);
        desk.awaitText("#matters", "后台办理中", A_WHILE);
        desk.screenshot("after-visit-matter-open");
        desk.find("[data-close-matter]").click();
        desk.await(A_WHILE, d -> d.findElements(org.openqa.selenium.By.cssSelector("#matters tr")).isEmpty());
        assertThat(hall.api.get("/api/v1/matters", hall.api.login("9001")).json().get("matters")).isEmpty();
    }
}
