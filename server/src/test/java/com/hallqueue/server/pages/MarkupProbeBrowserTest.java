package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.config.HallConfigLoader;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.HallInChromium;
import com.hallqueue.server.testing.Halls;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;

/**
 * Markup and script put where a client or the hall's file can put text: the hall's, services',
 * counters' and staff's names in the config, a pause reason (typed on the counter pad too), a
 * case's closing note, a booking's name, an emergency broadcast's text, a title on a 胸牌 and
 * the duty manager's name and phone. Every page is opened in Chromium and must show that text
 * as text: no element of it in the page, and none of its script run (it would set the page's
 * title).
 */
class MarkupProbeBrowserTest {

    /** Runs without quotes if it ever becomes markup: an image that fails, and an element to find. */
    private static final String PROBE = "<img src=x onerror=document.title=/PWNED/.source class=injected>";
    private static final String TYPED_PROBE = "<svg onload=document.title=/PWNED/.source class=injected>";
    private static final String SHOWN = "class=injected>";
    private static final Duration A_WHILE = Duration.ofSeconds(10);
    @RegisterExtension
    static final HallInChromium pages = HallInChromium.of(hostileHall(), Clock.systemUTC());
    private static ApiClient api;
    private static String waitingId;
    private static String bookingCode;

    @BeforeAll
    static void aHallWhoseTextsAreAllMarkup() {
        api = pages.hall().api;
        String staff = api.login("1001");
        api.post("/api/v1/counters/1/open", staff, null);
        String served = issue();
        api.post("/api/v1/counters/1/call-next", staff, null);
        api.post("/api/v1/counters/1/finish", staff, null);
        api.post("/api/v1/tickets/" + served + "/rating", null, "{\"score\":1}");
        String manager = api.login("9001");
        long caseId = api.get("/api/v1/cases", manager).json().get("cases").get(0).get("id").asLong();
        api.post("/api/v1/cases/" + caseId + "/close", manager, "{\"note\":\"" + PROBE + "\"}");
        api.post("/api/v1/counters/1/pause", staff, "{\"reason\":\"" + PROBE + "\"}");
        waitingId = issue();
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        bookingCode = api.post("/api/v1/appointments", null, "{\"service\":\"A\",\"date\":\"" + tomorrow
                + "\",\"start\":\"09:00\",\"name\":\"<b class=injected>张\",\"phone\":\"13800138000\"}")
                .json().get("code").asText();
    }

    @Test
    void theHallDisplayAndTheCounterScreenShowThePauseReasonAndNamesAsText() {
        Browser.Window display = pages.open("/display?token=demo-display", 1920, 1080);
        display.awaitText("[data-counter='1'] .state", SHOWN, A_WHILE);
        display.awaitText("[data-counter='1'] .name", SHOWN, A_WHILE);
        display.awaitText("#queues", SHOWN, A_WHILE);
        display.awaitText("#hall-name", SHOWN, A_WHILE);
        nothingRan(display);
        display.screenshot("probe-display");

        Browser.Window screen = pages.open("/display/counter/1?token=demo-display", 1024, 600);
        screen.awaitText("#face .reason", SHOWN, A_WHILE);
        screen.awaitText("#staff", SHOWN, A_WHILE);
        holds(screen, "#services", SHOWN);
        nothingRan(screen);
    }

    @Test
    void theKioskTheTicketPageAndTheBookingPageShowTheHallsNamesAsText() {
        Browser.Window kiosk = pages.open("/kiosk?token=demo-kiosk", 1080, 1920);
        kiosk.awaitText("[data-service=A]", SHOWN, A_WHILE);
        kiosk.awaitText("#hall-name", SHOWN, A_WHILE);
        nothingRan(kiosk);

        Browser.Window phone = pages.open("/t/" + waitingId, 390, 844);
        phone.awaitText("#service", SHOWN, A_WHILE);
        nothingRan(phone);

        phone.go(pages.base() + "/book?code=" + bookingCode);
        phone.awaitText("#booking-service", SHOWN, A_WHILE);
        holds(phone, "#services", SHOWN);
        assertThat(phone.text("#booking-name")).isEqualTo("<***");
        nothingRan(phone);
    }

    @Test
    void aPauseReasonTypedOnTheCounterPadIsShownAsTextThereAndOnTheHallDisplay() {
        Browser.Window pad = pages.counterPad(2, "1002", 1366, 768);
        holds(pad, "#transfer-to", SHOWN);
        pad.find("[data-act=pause]").click();
        pad.find("#pause-reason").sendKeys(TYPED_PROBE, Keys.ENTER);
        pad.awaitText("#state", TYPED_PROBE, A_WHILE);
        nothingRan(pad);

        Browser.Window display = pages.open("/display?token=demo-display", 1920, 1080);
        display.awaitText("[data-counter='2'] .state", TYPED_PROBE, A_WHILE);
        nothingRan(display);
    }

    @Test
    void theManagersDeskTheDailyReportAndTheDistrictShowNotesAndNamesAsText() {
        Browser.Window desk = pages.open("/manager", 1440, 1800);
        desk.find("#badge").sendKeys("9001");
        desk.find("#password").sendKeys("demo", Keys.ENTER);
        desk.awaitText("#counters [data-counter='1']", SHOWN, A_WHILE);
        desk.awaitText("#queues", SHOWN, A_WHILE);
        nothingRan(desk);

        desk.go(pages.base() + "/report");
        desk.awaitText("#cases", SHOWN, A_WHILE);
        desk.awaitText("#by-service", SHOWN, A_WHILE);
        nothingRan(desk);

        Browser.Window district = pages.open("/district", 1600, 1000);
        district.find("#badge").sendKeys("8001");
        district.find("#password").sendKeys("demo", Keys.ENTER);
        district.awaitText(".hall h2", SHOWN, A_WHILE);
        district.awaitText(".hall [data-counter='1']", SHOWN, A_WHILE);
        district.awaitText("#stats", SHOWN, A_WHILE);
        nothingRan(district);
        district.screenshot("probe-district");
    }

    /** Waits until the element's text, shown or not (a hidden tab, a closed list), contains {@code text}. */
    private static void holds(Browser.Window page, String css, String text) {
        page.await(A_WHILE, d -> page.find(css).getDomProperty("textContent").contains(text));
    }

    /** No element of the probe is in the page, and its script did not run. */
    @Test
    void anEmergencyBroadcastsTextIsShownAsTextOnEveryScreenAndTheManagersDesk() {
        String manager = api.login("9001");
        assertThat(api.post("/api/v1/broadcast", manager, "{\"kind\":\"NOTICE\",\"text\":\"" + PROBE + "\"}").status())
                .isEqualTo(201);
        try {
            for (String page : java.util.List.of("/display?token=demo-display", "/display/counter/1?token=demo-display",
                    "/kiosk?token=demo-kiosk")) {
                Browser.Window screen = pages.open(page, 1280, 800);
                screen.awaitText("#broadcast .broadcast-text", SHOWN, A_WHILE);
                nothingRan(screen);
            }
            Browser.Window desk = pages.open("/manager", 1440, 1000);
            desk.find("#badge").sendKeys("9001");
            desk.find("#password").sendKeys("demo", Keys.ENTER);
            desk.awaitText("#broadcast-up-text", SHOWN, A_WHILE);
            nothingRan(desk);
            desk.screenshot("probe-broadcast-desk");
        } finally {
            api.send("DELETE", "/api/v1/broadcast", manager, null);
        }
    }

    @Test
    void aTitleOnTheBadgeAndTheDutyManagersNameAreShownAsTextOnTheScreens() {
        String manager = api.login("9001");
        String shortProbe = "<b class=injected>主办";
        assertThat(api.send("PUT", "/api/v1/staff/1001", manager, "{\"title\":\"" + shortProbe + "\"}").status())
                .isEqualTo(200);
        assertThat(api.send("PUT", "/api/v1/duty", manager, "{\"name\":\"" + PROBE + "\",\"phone\":\""
                + shortProbe + "\"}").status()).isEqualTo(200);
        try {
            Browser.Window screen = pages.open("/display/counter/1?token=demo-display", 1024, 600);
            screen.awaitText("#staff-title", shortProbe, A_WHILE);
            nothingRan(screen);
            Browser.Window display = pages.open("/display?token=demo-display", 1920, 1080);
            display.awaitText("#duty", SHOWN, A_WHILE);
            display.awaitText("#duty", shortProbe, A_WHILE);
            nothingRan(display);
            Browser.Window desk = pages.open("/manager", 1440, 1000);
            desk.find("#badge").sendKeys("9001");
            desk.find("#password").sendKeys("demo", Keys.ENTER);
            desk.await(A_WHILE, d -> d.findElement(org.openqa.selenium.By.id("tab-settings")).isDisplayed());
            desk.find("#tab-settings").click();
            desk.awaitText("#duty-now", SHOWN, A_WHILE);
            assertThat((String) desk.script("return document.querySelector('[data-title=\"1001\"]').value"))
                    .isEqualTo(shortProbe);
            nothingRan(desk);
        } finally {
            api.send("DELETE", "/api/v1/duty", manager, null);
            api.send("PUT", "/api/v1/staff/1001", manager, "{\"title\":\"\"}");
        }
    }

    private static void nothingRan(Browser.Window page) {
        assertThat((String) page.script("return document.title")).doesNotContain("PWNED");
        assertThat((Long) page.script("return document.querySelectorAll('.injected, [onerror], [onload]').length"))
                .isZero();
    }

    private static String issue() {
        return api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}").json().get("id").asText();
    }

    /** The demo hall with a district manager (8001), its names each followed by the probe. */
    private static com.hallqueue.server.config.HallConfig hostileHall() {
        String yaml = Halls.districtHallYaml("演示服务大厅", "demo", true)
                .replace("name: 演示服务大厅", "name: \"演示服务大厅" + PROBE + "\"")
                .replace("name: 综合业务,", "name: \"综合业务" + PROBE + "\",")
                .replace("name: 1号窗口,", "name: \"1号窗口" + PROBE + "\",")
                .replace("name: 王芳,", "name: \"" + PROBE + "\",");
        return new HallConfigLoader().parse(yaml, "a hall full of markup");
    }
}
