package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.HallConfigLoader;
import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.HallInChromium;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A long inspection line late in the day, in headless Chromium: the demo hall closing at
 * 17:00 (Shanghai), at 16:00, with nobody yet serving inspection (15-minute norm). A ticket
 * with seven ahead will not be reached before closing and says so, with the alternative;
 * the first in line gets a number, and the kiosk tells the next citizen before they take one.
 */
class LongWaitBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(10);
    private static final VirtualClock CLOCK = VirtualClock.at("2026-11-27T08:00:00Z");
    @RegisterExtension
    static final HallInChromium pages = HallInChromium.of(closingAtFive(), CLOCK);

    @Test
    void aTicketThatWillNotBeReachedBeforeClosingSaysSoOnTheApiAndOnThePhone() {
        JsonNode first = issue();
        JsonNode last = first;
        for (int i = 0; i < 7; i++) {
            last = issue();
        }
        JsonNode shown = pages.hall().api.get("/api/v1/tickets/" + last.get("id").asText(), "demo-kiosk").json();
        assertThat(shown.get("mayNotBeServedToday").asBoolean()).isTrue();
        assertThat(shown.get("waitAdvice").asText()).startsWith("今日可能无法办理").contains("come another day");
        assertThat(shown.get("estimatedWaitSeconds").asLong()).isGreaterThan(3600);
        JsonNode firstShown = pages.hall().api.get("/api/v1/tickets/" + first.get("id").asText(), "demo-kiosk").json();
        assertThat(firstShown.get("mayNotBeServedToday").asBoolean()).isFalse();

        Browser.Window phone = pages.open("/t/" + last.get("id").asText() + "?lang=zh", 390, 844);
        phone.awaitText("#forecast", "今日可能无法办理", A_WHILE);
        assertThat(phone.text("#forecast")).contains("预约", "改日");
        phone.screenshot("ticket-not-today");
        Browser.Window soon = pages.open("/t/" + first.get("id").asText() + "?lang=en", 390, 844);
        soon.awaitText("#ahead", "0", A_WHILE);
        assertThat(soon.text("#forecast")).doesNotContain("may not be served");

        // a citizen at the kiosk sees it before taking a number
        Browser.Window kiosk = pages.open("/kiosk?token=demo-kiosk&lang=zh", 1080, 1920);
        kiosk.awaitText("[data-service=C]", "今日可能无法办理", A_WHILE);
        assertThat(kiosk.text("[data-service=A]")).doesNotContain("今日可能无法办理");
        kiosk.screenshot("kiosk-not-today");
    }

    private static JsonNode issue() {
        return pages.hall().api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}").json();
    }

    private static HallConfig closingAtFive() {
        try (var in = LongWaitBrowserTest.class.getResourceAsStream("/demo-hall.yaml")) {
            String demo = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String hours = "daily: {open: \"00:00\", close: \"24:00\"}";
            assertThat(demo).contains(hours);
            return new HallConfigLoader().parse(demo.replace(hours,
                    "daily: {open: \"08:00\", lastTicket: \"16:30\", close: \"17:00\"}"), "demo hall closing at five");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
