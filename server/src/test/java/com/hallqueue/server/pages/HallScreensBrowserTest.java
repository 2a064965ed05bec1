package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.HallInChromium;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.QrReader;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * Every device of the hall in one headless Chromium against one real server: the kiosk, a
 * counter's call pad, the hall display, a counter's own screen, a citizen's phone and the
 * manager's desk, each in a window of its device's size.
 */
class HallScreensBrowserTest {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration A_WHILE = Duration.ofSeconds(10);
    @RegisterExtension
    static final HallInChromium pages = HallInChromium.of(Halls.screensHall(), Clock.systemUTC());
    private static Browser.Window display;
    private static Browser.Window counterScreen;

    @BeforeAll
    static void start() {
        display = pages.open("/display?token=demo-display", 1920, 1080);
        display.awaitText("#counters", "6号窗口", A_WHILE);
        counterScreen = pages.open("/display/counter/3?token=demo-display", 1024, 600);
    }

    @Test
    void aNumberTakenAtTheKioskIsCalledFromThePadAndSeenOnEveryScreen() throws Exception {
        Browser.Window kiosk = pages.open("/kiosk?token=demo-kiosk", 1080, 1920);
        kiosk.awaitText("[data-service=B]", "报关业务", A_WHILE);
        kiosk.screenshot("kiosk-menu");
        kiosk.find("[data-service=B]").click();
        kiosk.await(A_WHILE, d -> "issued".equals(d.findElement(By.tagName("body")).getDomAttribute("data-screen")));
        String number = kiosk.text("#number");
        assertThat(number).matches("B\\d{3}");
        kiosk.awaitText("#ahead", "人", A_WHILE);
        String statusUrl = decodeQr(kiosk.screenshotOf("#qr"));
        assertThat(statusUrl).startsWith(pages.base() + "/t/");
        kiosk.screenshot("kiosk-issued");

        Browser.Window phone = pages.browser().open(statusUrl, 390, 844);
        phone.awaitText("#number", number, A_WHILE);
        phone.awaitText("#status", "排队中", A_WHILE);
        phone.screenshot("ticket-waiting");

        Browser.Window pad = pages.counterPad(3, "1003", 1366, 768);
        pad.awaitText("#waiting-list", number, A_WHILE);
        pad.screenshot("counter-pad-idle");
        pad.find("body").sendKeys("n");
        pad.awaitText("#current-num", number, A_WHILE);

        display.await(SECOND, d -> number.equals(d.findElement(By.id("now-call")).getDomAttribute("data-number")));
        display.awaitText("#recent", number, SECOND);
        display.awaitText("[data-counter='3'] .num", number, SECOND);
        counterScreen.awaitText("#face .num", number, SECOND);
        counterScreen.awaitText("#staff", "1003", SECOND);
        display.await(A_WHILE, d -> d.findElement(By.id("speaking")).getText().contains(number));
        display.screenshot("display-calling");
        counterScreen.screenshot("counter-display-calling");
        pad.screenshot("counter-pad-calling");

        phone.awaitText("#turn", "请到 3 号窗口办理", A_WHILE);
        phone.screenshot("ticket-called");
        kiosk.await(A_WHILE, d -> "menu".equals(d.findElement(By.tagName("body")).getDomAttribute("data-screen")));

        pad.find("body").sendKeys("f");
        counterScreen.awaitText("#face", "欢迎光临", A_WHILE);
        counterScreen.screenshot("counter-display-idle");
    }

    @Test
    void aPausedCounterShowsPauseOnTheHallDisplayAndItsOwnScreen() {
        Browser.Window pad = pages.counterPad(5, "1005", 1366, 768);
        pad.find("body").sendKeys("p");
        pad.find("#pause-reason").sendKeys("午休", Keys.ENTER);
        pad.awaitText("#state", "暂停服务", A_WHILE);
        display.awaitText("[data-counter='5'] .state", "暂停服务", SECOND);
        display.awaitText("[data-counter='5'] .state", "午休", SECOND);
        counterScreen.go(pages.base() + "/display/counter/5");
        counterScreen.awaitText("#face", "暂停服务", A_WHILE);
        counterScreen.awaitText("#face .reason", "午休", SECOND);
        counterScreen.screenshot("counter-display-paused");
        display.screenshot("display-paused");
        pad.find("body").sendKeys("u");
        counterScreen.awaitText("#face", "欢迎光临", A_WHILE);
        counterScreen.go(pages.base() + "/display/counter/3");
    }

    @Test
    void twoCountersCallingAtTheSameMomentBothStayInView() throws Exception {
        String one = pages.hall().api.login("1001");
        String two = pages.hall().api.login("1002");
        pages.hall().api.post("/api/v1/counters/1/open", one, null);
        pages.hall().api.post("/api/v1/counters/2/open", two, null);
        pages.hall().api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
        pages.hall().api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> callNext(1, one, together));
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> callNext(2, two, together));
        String a = first.get();
        String b = second.get();
        assertThat(a).isNotEqualTo(b);
        display.awaitText("#recent", a, SECOND);
        display.awaitText("#recent", b, SECOND);
        display.awaitText("[data-counter='1'] .num", a, SECOND);
        display.awaitText("[data-counter='2'] .num", b, SECOND);
        assertThat(display.text("#now-call")).containsAnyOf(a, b);
    }

    @Test
    void thePadShowsItsWaitingListInCallOrderAndTheServersRefusals() {
        Browser.Window pad = pages.counterPad(6, "1006", 1366, 768);
        String c1 = issue("C");
        String c2 = issue("C");
        pad.awaitText("#waiting-list", c2, A_WHILE);
        String list = pad.text("#waiting-list");
        assertThat(list.indexOf(c1)).isLessThan(list.indexOf(c2));
        assertThat(pad.find("[data-act=start]").isEnabled()).isFalse();

        Browser.Window other = pages.open("/counter", 1366, 768);
        other.awaitText("#counter-no", "6号窗口", A_WHILE);
        other.find("#badge").sendKeys("1004");
        other.find("#password").sendKeys("demo");
        new Select(other.find("#counter-no")).selectByValue("6");
        other.find("#login button").click();
        other.awaitText("#login-error", "6号窗口已由杨磊（1006）登录", A_WHILE);
        other.screenshot("counter-login-refused");
    }

    @Test
    void theManagerSeesTodayTheQueuesAndAnAlertWhenInspectionPassesItsThreshold() {
        issue("C");
        issue("C");
        Browser.Window desk = pages.managerDesk(1440, 900);
        desk.awaitText("#alerts", "C 查验业务：等候", A_WHILE);
        desk.awaitText("#tiles", "今日取号", A_WHILE);
        desk.awaitText("#counters", "6号窗口", A_WHILE);
        Number issuedThisHour = (Number) desk.await(A_WHILE, d -> desk.script(
                "const c = Chart.getChart('arrivals'); return c && c.data.datasets[0].data.reduce((a, b) => a + b, 0) || null;"));
        assertThat(issuedThisHour.intValue()).isGreaterThanOrEqualTo(2);
        desk.screenshot("manager");
    }

    @Test
    void everyPageSwitchesToEnglishAndBack() {
        display.find(".lang-switch").click();
        display.awaitText(".now-label", "Now calling", SECOND);
        Browser.Window kiosk = pages.open("/kiosk?token=demo-kiosk", 1080, 1920);
        kiosk.awaitText("h1", "Take a number", A_WHILE);
        kiosk.awaitText("[data-service=A]", "General", A_WHILE);
        kiosk.screenshot("kiosk-menu-en");
        display.screenshot("display-en");
        kiosk.find(".lang-switch").click();
        kiosk.awaitText("h1", "欢迎取号", SECOND);
        display.go(pages.base() + "/display");
        display.awaitText(".now-label", "正在呼叫", A_WHILE);
    }

    private static String issue(String service) {
        return pages.hall().api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"" + service + "\"}")
                .json().get("number").asText();
    }

    private static String callNext(int counter, String token, CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return pages.hall().api.post("/api/v1/counters/" + counter + "/call-next", token, null).json().get("number").asText();
    }

    private static String decodeQr(byte[] png) throws Exception {
        return QrReader.decode(png);
    }
}
