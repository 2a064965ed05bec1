package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.HallConfigLoader;
import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.RunningHall;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A long inspection line late in the day, in headless Chromium: the demo hall closing at
 * 17:00 (Shanghai), at 16:00, with nobody yet serving inspection (15-minute norm). A ticket
 * with seven ahead will not be reached before closing and says so, with the alternative;
 * the first in line gets a number, and the kiosk tells the next citizen before they take one.
 */
class LongWaitBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(10);
    private static final VirtualClock CLOCK = VirtualClock.at("2026-11-27T08:00:00Z");
    private static RunningHall hall;
    private static Browser browser;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        hall = RunningHall.start(closingAtFive(), CLOCK);
        base = "http://127.0.0.1:" + hall.port();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        hall.close();
    }

    @Test
    void aTicketThatWillNotBeReachedBeforeClosingSaysSoOnTheApiAndOnThePhone() {
        JsonNode first = issue();
        JsonNode last = first;
        for (int i = 0; i < 7; i++) {
            last = issue();
        }
        JsonNode shown = hall.api.get("/api/v1/tickets/" + last.get("id").asText(), "demo-kiosk").json();
        assertThat(shown.get("mayNotBeServedToday").asBoolean()).isTrue();
        assertThat(shown.get("waitAdvice").asText()).startsWith("今日可能无法办理").contains("come another day");
        assertThat(shown.get("estimatedWaitSeconds").asLong()).isGreaterThan(3600);
        JsonNode firstShown = hall.api.get("/api/v1/tickets/" + first.get("id").asText(), "demo-kiosk").json();
        assertThat(firstShown.get("mayNotBeServedToday").asBoolean()).isFalse();

        Browser.Window phone = browser.open(base + "/t/" + last.get("id").asText() + "?lang=zh", 390, 844);
        phone.awaitText("#forecast", "今日可能无法办理", A_WHILE);
        assertThat(phone.text("#forecast")).contains("预约", "改日");
        phone.screenshot("ticket-not-today");
        Browser.Window soon = browser.open(base + "/t/" + first.get("id").asText() + "?lang=en", 390, 844);
        soon.awaitText("#ahead", "0", A_WHILE);
        assertThat(soon.text("#forecast")).doesNotContain("may not be served");

        // a citizen at the kiosk sees it before taking a number
        Browser.Window kiosk = browser.open(base + "/kiosk?token=demo-kiosk&lang=zh", 1080, 1920);
        kiosk.awaitText("[data-service=C]", "今日可能无法办理", A_WHILE);
        assertThat(kiosk.text("[data-service=A]")).doesNotContain("今日可能无法办理");
        kiosk.screenshot("kiosk-not-today");
    }

    private static JsonNode issue() {
        return hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}").json();
    }

    private static HallConfig closingAtFive() throws Exception {
        try (var in = LongWaitBrowserTest.class.getResourceAsStream("/demo-hall.yaml")) {
            String demo = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String hours = "daily: {open: \"00:00\", close: \"24:00\"}";
            assertThat(demo).contains(hours);
            return new HallConfigLoader().parse(demo.replace(hours,
                    "daily: {open: \"08:00\", lastTicket: \"16:30\", close: \"17:00\"}"), "demo hall closing at five");
        }
    }
}
