package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.AppointmentHalls;
import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.HallInChromium;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The kiosk and the hall display at the night desk (预约通关), in headless Chromium, at 02:00 on
 * Friday 2026-12-04 in Shanghai: walk-ins are taken again from 08:30, counters 3 and 4 serve the booked.
 */
class NightDeskBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(10);
    private static final VirtualClock CLOCK = VirtualClock.at("2026-12-03T18:00:00Z");
    @RegisterExtension
    static final HallInChromium pages = HallInChromium.of(AppointmentHalls.nightDesk(), CLOCK);

    @Test
    void aWalkInAtTwoIsToldSorryAndWhenToComeBackInChineseAndInEnglish() {
        Browser.Window kiosk = pages.open("/kiosk?token=demo-kiosk&lang=zh", 1080, 1920);
        kiosk.awaitText("#booked-only", "预约时段", A_WHILE);
        assertThat(kiosk.text("#booked-only")).contains("预约签到", "2026-12-04 08:30");
        kiosk.find("[data-service=A]").click();
        kiosk.awaitText("#booked-refusal", "对不起，现在是预约时段", A_WHILE);
        assertThat(kiosk.text("#booked-refusal")).contains("12月4日 08:30", "预约").doesNotContain("Sorry");
        assertThat(kiosk.find("body").getDomAttribute("data-screen")).isEqualTo("menu");
        kiosk.screenshot("kiosk-night-refused");

        kiosk.go(pages.base() + "/kiosk?token=demo-kiosk&lang=en");
        kiosk.awaitText("#booked-only", "Appointment-only hours", A_WHILE);
        kiosk.find("[data-service=B]").click();
        kiosk.screenshot("kiosk-night-english");
        kiosk.awaitText("#booked-refusal", "Sorry, these are appointment-only hours", A_WHILE);
        assertThat(kiosk.text("#booked-refusal")).contains("Walk-in tickets from 2026-12-04 08:30", "book").doesNotContain("对不起");
        kiosk.screenshot("kiosk-night-refused-english");
    }

    @Test
    void theBookedCitizenChecksInAtTheKioskAtTwo() {
        CLOCK.set(java.time.Instant.parse("2026-12-03T12:00:00Z"));
        String code = pages.hall().api.post("/api/v1/appointments", null, "{\"service\":\"C\",\"date\":\"2026-12-04\","
                + "\"start\":\"02:00\",\"name\":\"李四\",\"phone\":\"13700137000\"}").json().get("code").asText();
        CLOCK.set(java.time.Instant.parse("2026-12-03T18:00:00Z"));
        Browser.Window kiosk = pages.open("/kiosk?token=demo-kiosk&lang=zh", 1080, 1920);
        kiosk.awaitText("#booked-only", "预约时段", A_WHILE);
        kiosk.find("#checkin-open").click();
        for (char c : code.toCharArray()) {
            kiosk.find("[data-key='" + c + "']").click();
        }
        kiosk.find(".checkin-go").click();
        kiosk.await(A_WHILE, d -> "issued".equals(d.findElement(By.tagName("body")).getDomAttribute("data-screen")));
        assertThat(kiosk.text("#number")).startsWith("C");
        assertThat(kiosk.text("#issued-service")).contains("预约");
        kiosk.screenshot("kiosk-night-checked-in");
    }

    @Test
    void theHallDisplaySaysAppointmentOnlyInBothLanguages() {
        Browser.Window display = pages.open("/display?token=demo-display&lang=zh", 1920, 1080);
        display.awaitText("#booked-only", "预约时段", A_WHILE);
        assertThat(display.text("#booked-only")).contains("Appointment-only", "3、4 号窗口", "2026-12-04 08:30");
        display.screenshot("display-night");
    }
}
