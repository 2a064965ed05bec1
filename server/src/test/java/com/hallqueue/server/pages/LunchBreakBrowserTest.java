package com.hallqueue.server.pages;

import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.HallInChromium;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.RunningHall;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The lunch break on the screens in headless Chromium: at noon by the hall's clock the hall
 * display and the counter's own screen show 暂停服务 with the time it resumes, and at 13:30
 * the counter is back to 欢迎光临 without anyone touching it.
 */
class LunchBreakBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(15);
    private static final VirtualClock CLOCK = VirtualClock.at("2026-11-27T03:30:00Z");   // 11:30 in Shanghai

    @RegisterExtension
    static final HallInChromium pages = HallInChromium.of(Halls.lunchHall(), CLOCK);

    @Test
    void theScreensShowTheLunchPauseWithItsResumeTimeAndTheCounterBackAfterIt() {
        RunningHall hall = pages.hall();
        hall.api.post("/api/v1/counters/2/open", hall.api.login("1002"), null);
        Browser.Window display = pages.open("/display?token=demo-display", 1920, 1080);
        Browser.Window screen = pages.open("/display/counter/2?token=demo-display", 1024, 600);
        display.awaitText("[data-counter='2'] .state", "等待叫号", A_WHILE);
        screen.awaitText("#face", "欢迎光临", A_WHILE);

        CLOCK.set(Instant.parse("2026-11-27T04:00:00Z"));   // 12:00
        display.awaitText("[data-counter='2'] .state", "暂停服务 · 午休 / Lunch break · 13:30恢复服务", A_WHILE);
        screen.awaitText("#face", "暂停服务", A_WHILE);
        screen.awaitText("#face .resume", "13:30 恢复服务", A_WHILE);
        display.screenshot("lunch-break-display");
        screen.screenshot("lunch-break-counter-screen");

        CLOCK.set(Instant.parse("2026-11-27T05:30:00Z"));   // 13:30
        display.awaitText("[data-counter='2'] .state", "等待叫号", A_WHILE);
        screen.awaitText("#face", "欢迎光临", A_WHILE);
    }
}
