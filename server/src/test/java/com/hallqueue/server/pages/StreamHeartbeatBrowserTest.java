package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.FreezingProxy;
import com.hallqueue.server.testing.RunningHall;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The hall display and a counter display in Chromium, following a server whose heartbeat is
 * shortened by configuration (a ping every 200 ms, a stream silent for 600 ms closed). The
 * pages reach the server through a relay that counts their event-stream connections and can
 * make the server fall silent without a word. The pages stay on their first connection
 * through many of those 600 ms while events flow and while none do; when the server falls
 * silent, they notice by themselves and connect afresh.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamHeartbeatBrowserTest {

    private static final Duration PING = Duration.ofMillis(200);
    private static final Duration DEAD_AFTER = Duration.ofMillis(600);
    private static final Duration A_WHILE = Duration.ofSeconds(10);
    private static final String PING_PROPERTY = "hallqueue.stream.pingMillis";
    private static final String DEAD_AFTER_PROPERTY = "hallqueue.stream.deadAfterMillis";

    private RunningHall hall;
    private Browser browser;
    private String staff;

    @BeforeAll
    void start() {
        System.setProperty(PING_PROPERTY, String.valueOf(PING.toMillis()));
        System.setProperty(DEAD_AFTER_PROPERTY, String.valueOf(DEAD_AFTER.toMillis()));
        try {
            hall = RunningHall.demo();
        } finally {
            System.clearProperty(PING_PROPERTY);
            System.clearProperty(DEAD_AFTER_PROPERTY);
        }
        browser = new Browser();
        staff = hall.api.login("1001");
        hall.api.post("/api/v1/counters/1/open", staff, null);
    }

    @AfterAll
    void stop() {
        browser.close();
        hall.close();
    }

    @Test
    void theDisplaysStayOnTheirFirstConnectionThroughManyTimeoutsWhetherEventsFlowOrNot() throws Exception {
        try (FreezingProxy relay = new FreezingProxy(hall.port())) {
            Screens screens = open(relay);
            String first = callNext();
            screens.awaitCall(first);
            int streams = relay.streamsOpened();

            long busyUntil = System.nanoTime() + DEAD_AFTER.multipliedBy(10).toNanos();
            while (System.nanoTime() < busyUntil) {
                hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\"}");
                Thread.sleep(100);
            }
            Thread.sleep(DEAD_AFTER.multipliedBy(10).toMillis());
            String next = callNext();

            screens.awaitCall(next);
            assertThat(streams).as("one stream a page").isEqualTo(2);
            assertThat(relay.streamsOpened()).as("no page connected again").isEqualTo(streams);
        }
    }

    @Test
    void aDisplayWhoseServerFallsSilentNoticesAndConnectsAfreshByItself() throws Exception {
        try (FreezingProxy relay = new FreezingProxy(hall.port())) {
            Screens screens = open(relay);
            String first = callNext();
            screens.awaitCall(first);
            int streams = relay.streamsOpened();

            relay.freeze();
            String next = callNext();

            screens.awaitCall(next);
            assertThat(relay.streamsOpened()).as("each page opened a new stream").isEqualTo(streams + 2);
        }
    }

    private Screens open(FreezingProxy relay) {
        String base = "http://127.0.0.1:" + relay.port();
        Browser.Window display = browser.open(base + "/display?token=demo-display", 1920, 1080);
        Browser.Window counter = browser.open(base + "/display/counter/1?token=demo-display", 1024, 600);
        return new Screens(display, counter);
    }

    /** Finishes whatever counter 1 serves, issues a ticket and calls it there. */
    private String callNext() {
        hall.api.post("/api/v1/counters/1/finish", staff, null);
        hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
        return hall.api.post("/api/v1/counters/1/call-next", staff, null).json().get("number").asText();
    }

    private record Screens(Browser.Window display, Browser.Window counter) {
        void awaitCall(String number) {
            display.awaitText("[data-counter='1'] .num", number, A_WHILE);
            counter.awaitText("#face .num", number, A_WHILE);
        }
    }
}
