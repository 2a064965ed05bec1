package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.HallInChromium;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * The emergency broadcast in headless Chromium: the manager sends it from the desk and it
 * covers the hall display, a counter's screen and the kiosk at once, and runs across the top
 * of the staff's counter pad, which still works under it; a screen opened later shows it too;
 * the manager takes it down everywhere; one with an end goes down by itself.
 */
class BroadcastBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(10);
    @RegisterExtension
    static final HallInChromium pages = HallInChromium.demo();

    @Test
    void theManagersBroadcastCoversEveryScreenAtOnceUntilItIsTakenDown() {
        Browser.Window display = pages.open("/display?token=demo-display", 1920, 1080);
        display.awaitText("#counters", "6号窗口", A_WHILE);
        Browser.Window counter = pages.open("/display/counter/3?token=demo-display", 1024, 600);
        counter.awaitText("#face", "本窗口暂不办理业务", A_WHILE);
        Browser.Window kiosk = pages.open("/kiosk?token=demo-kiosk", 1080, 1920);
        kiosk.awaitText("[data-service=B]", "报关业务", A_WHILE);
        Browser.Window pad = pages.counterPad(3, "1003", 1366, 768);
        Browser.Window desk = managerDesk();

        new Select(desk.find("#broadcast-kind")).selectByValue("EVACUATION");
        desk.find("#broadcast-text").sendKeys("请从东门有序撤离 Exit by the east door");
        desk.find("#broadcast-form button").click();
        desk.awaitText("#broadcast-said", "已发布到所有屏幕", A_WHILE);
        desk.awaitText("#broadcast-up", "请从东门有序撤离", A_WHILE);
        desk.screenshot("manager-broadcast-up");

        for (Browser.Window screen : List.of(display, counter, kiosk)) {
            showsTheBroadcast(screen, "请从东门有序撤离 Exit by the east door");
        }
        display.screenshot("display-broadcast");
        counter.screenshot("counter-display-broadcast");
        kiosk.screenshot("kiosk-broadcast");
        showsTheBroadcast(pad, "请从东门有序撤离");
        pad.find("body").sendKeys("p");
        pad.find("#pause-reason").sendKeys("紧急疏散", Keys.ENTER);
        pad.awaitText("#state", "暂停服务", A_WHILE);
        counter.awaitText("#face", "暂停服务", A_WHILE);
        pad.screenshot("counter-pad-broadcast");
        Browser.Window later = pages.open("/display/counter/5?token=demo-display", 1024, 600);
        showsTheBroadcast(later, "请从东门有序撤离");

        desk.find("#broadcast-clear").click();
        desk.awaitText("#broadcast-none", "当前无紧急广播", A_WHILE);
        for (Browser.Window screen : List.of(display, counter, kiosk, later, pad)) {
            screen.await(A_WHILE, d -> !d.findElement(By.id("broadcast")).isDisplayed());
        }
        kiosk.find("[data-service=B]").click();
        kiosk.await(A_WHILE, d -> "issued".equals(d.findElement(By.tagName("body")).getDomAttribute("data-screen")));
    }

    @Test
    void aBroadcastWithAnEndGoesDownByItselfWithoutAWordFromTheServer() {
        Browser.Window display = pages.open("/display?token=demo-display", 1920, 1080);
        display.awaitText("#counters", "6号窗口", A_WHILE);
        String manager = pages.hall().api.login("9001");
        Instant until = Instant.now().plusSeconds(4);
        assertThat(pages.hall().api.post("/api/v1/broadcast", manager, "{\"kind\":\"FIRE_DRILL\",\"until\":\"" + until + "\"}")
                .status()).isEqualTo(201);
        display.awaitText("#broadcast", "消防演练", A_WHILE);
        display.awaitText("#broadcast", "Fire drill", A_WHILE);
        display.await(A_WHILE, d -> !d.findElement(By.id("broadcast")).isDisplayed());
        assertThat(Instant.now()).isAfter(until);
    }

    private static void showsTheBroadcast(Browser.Window screen, String text) {
        screen.await(A_WHILE, d -> d.findElement(By.id("broadcast")).isDisplayed());
        screen.awaitText("#broadcast .broadcast-title", "紧急疏散", A_WHILE);
        screen.awaitText("#broadcast .broadcast-title", "Evacuation", A_WHILE);
        screen.awaitText("#broadcast .broadcast-says", "从最近的安全出口有序撤离", A_WHILE);
        screen.awaitText("#broadcast .broadcast-text", text, A_WHILE);
    }

    private static Browser.Window managerDesk() {
        Browser.Window desk = pages.managerDesk(1440, 1000);
        desk.awaitText("#broadcast-desk", "紧急广播", A_WHILE);
        desk.awaitText("#broadcast-none", "当前无紧急广播", A_WHILE);
        return desk;
    }
}
