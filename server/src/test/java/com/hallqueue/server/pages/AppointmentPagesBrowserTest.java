package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.HallInChromium;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.QrReader;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The booking page on a phone and check-in at the kiosk, in headless Chromium, on the demo
 * hall at a clock the test sets: Friday 2026-11-27, 09:00 in Shanghai.
 */
class AppointmentPagesBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(10);
    private static final VirtualClock CLOCK = VirtualClock.at("2026-11-27T01:00:00Z");
    @RegisterExtension
    static final HallInChromium pages = HallInChromium.of(Halls.demo(), CLOCK);

    @BeforeEach
    void nine() {
        CLOCK.set(Instant.parse("2026-11-27T01:00:00Z"));
    }

    @Test
    void aBookingMadeOnThePhoneIsCheckedInByScanningItsQrAheadOfWalkIns() throws Exception {
        Browser.Window phone = openBooking("");
        phone.find("[data-service=B]").click();
        phone.find("[data-date='2026-11-27']").click();
        awaitRedrawn(phone, "[data-start='09:30']", "余 3");
        phone.find("[data-start='09:30']").click();
        phone.find("#name").sendKeys("张三");
        phone.find("#phone").sendKeys("138 0013 8000");
        phone.screenshot("book-form");
        phone.find("#submit").click();
        phone.awaitText("#booking-status", "预约成功", A_WHILE);
        String shown = phone.text("#booking-code");
        assertThat(shown).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(phone.text("main")).contains("138****8000", "张*", "09:15–10:15").doesNotContain("13800138000", "张三");
        awaitRedrawn(phone, "[data-start='09:30']", "余 2");
        phone.await(A_WHILE, d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.getElementById('booking-qr').naturalWidth > 0"));
        phone.screenshot("book-done");
        String scanned = QrReader.decode(phone.screenshotOf("#booking-qr"));
        assertThat(scanned).startsWith(pages.base() + "/book?code=").endsWith(shown.replace("-", ""));

        String walkIn = pages.hall().api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\"}").json().get("number").asText();
        Browser.Window kiosk = pages.open("/kiosk?token=demo-kiosk&lang=zh", 1080, 1920);
        awaitRedrawn(kiosk, "[data-service=B]", "报关业务");
        scan(kiosk, scanned);
        kiosk.awaitText("#checkin-error", "请于 09:15 后签到", A_WHILE);
        kiosk.screenshot("kiosk-checkin-early");

        CLOCK.set(Instant.parse("2026-11-27T01:16:00Z"));
        kiosk.find(".checkin-go").click();
        kiosk.await(A_WHILE, d -> "issued".equals(d.findElement(By.tagName("body")).getDomAttribute("data-screen")));
        assertThat(kiosk.text("#issued-service")).contains("预约");
        String checkedIn = kiosk.text("#number");
        kiosk.screenshot("kiosk-checkin-done");

        String staff = pages.hall().api.login("1003");
        pages.hall().api.post("/api/v1/counters/3/open", staff, null);
        JsonNode next = pages.hall().api.get("/api/v1/counters/3/waiting", staff).json().get("next");
        assertThat(next.get(0).get("number").asText()).isEqualTo(checkedIn);
        assertThat(next.get(1).get("number").asText()).isEqualTo(walkIn);
        assertThat(pages.hall().api.post("/api/v1/counters/3/call-next", staff, null).json().get("number").asText())
                .isEqualTo(checkedIn);
    }

    @Test
    void tooLateAtTheKioskOffersANormalTicketOfTheSameService() {
        String code = book("A", "09:00", "13900139000");
        CLOCK.set(Instant.parse("2026-11-27T01:46:00Z"));
        Browser.Window kiosk = pages.open("/kiosk?token=demo-kiosk&lang=zh", 1080, 1920);
        awaitRedrawn(kiosk, "[data-service=A]", "综合业务");
        kiosk.find("#checkin-open").click();
        for (char c : code.toCharArray()) {
            kiosk.find("[data-key='" + c + "']").click();
        }
        kiosk.find(".checkin-go").click();
        kiosk.awaitText("#checkin-error", "已过签到时间", A_WHILE);
        kiosk.awaitText("#late-ticket", "取综合业务普通号", A_WHILE);
        kiosk.screenshot("kiosk-checkin-late");
        kiosk.find("#late-ticket").click();
        kiosk.await(A_WHILE, d -> "issued".equals(d.findElement(By.tagName("body")).getDomAttribute("data-screen")));
        assertThat(kiosk.text("#number")).startsWith("A");
        assertThat(kiosk.text("#issued-service")).doesNotContain("预约", "优先");
    }

    @Test
    void aBookingIsLookedUpByItsCodeAndCancelledInEnglishToo() {
        String code = book("C", "14:00", "13700137000");
        Browser.Window phone = openBooking("?code=" + code);
        phone.awaitText("#booking-status", "预约成功", A_WHILE);
        phone.go(pages.base() + "/book?code=" + code + "&lang=en");
        phone.awaitText("#booking-status", "Booked", A_WHILE);
        phone.screenshot("book-lookup-english");
        phone.script("window.confirm = () => true");
        phone.find("#cancel").click();
        phone.awaitText("#booking-status", "Cancelled", A_WHILE);
        assertThat(phone.find("#cancel").isDisplayed()).isFalse();
        phone.go(pages.base() + "/book?code=" + code + "&lang=zh");
        phone.awaitText("#booking-status", "已取消", A_WHILE);
        phone.screenshot("book-cancelled");
        assertThat(pages.hall().api.get("/api/v1/appointments/slots?service=C&date=2026-11-27", null).json().get("slots")
                .get(28).get("booked").asInt()).isZero();
    }

    @Test
    void aPhoneNearTheHallTakesANumberAndFollowsItOnTheStatusPage() {
        Browser.Window phone = openBooking("");
        phone.find("[data-tab=remote]").click();
        phone.find("[data-remote=C]").click();
        phone.find("#remote-phone").sendKeys("13600136000");
        phone.screenshot("book-remote");
        phone.find("#remote-form button").click();
        phone.await(A_WHILE, d -> d.getCurrentUrl().contains("/t/"));
        phone.awaitText("#number", "C", A_WHILE);
        phone.awaitText("#status", "排队中", A_WHILE);
        phone.screenshot("book-remote-ticket");
    }

    private static Browser.Window openBooking(String query) {
        Browser.Window phone = pages.open("/book" + (query.isEmpty() ? "?" : query + "&") + "lang=zh", 390, 844);
        phone.await(A_WHILE, d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        return phone;
    }

    /**
     * Waits for text in an element the page redraws from scratch (the kiosk's services on every
     * event, the day's slots on every load), read in the page so no element reference goes stale.
     */
    private static void awaitRedrawn(Browser.Window w, String css, String text) {
        w.await(A_WHILE, d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "const e = document.querySelector(arguments[0]); return !!e && e.textContent.includes(arguments[1]);",
                css, text));
    }

    /** A scanner is a keyboard: it types the QR code's text and presses Enter. */
    private static void scan(Browser.Window kiosk, String text) {
        new Actions(kiosk.focus()).sendKeys(text + Keys.ENTER).perform();
    }

    private static String book(String service, String start, String phone) {
        return pages.hall().api.post("/api/v1/appointments", null, "{\"service\":\"" + service + "\",\"date\":\"2026-11-27\","
                + "\"start\":\"" + start + "\",\"name\":\"李四\",\"phone\":\"" + phone + "\"}").json().get("code").asText();
    }
}
