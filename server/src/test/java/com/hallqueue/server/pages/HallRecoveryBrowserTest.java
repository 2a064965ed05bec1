package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.HallApp;
import com.hallqueue.server.config.HallConfigLoader;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.simulate.VirtualClock;
import com.hallqueue.server.testing.RunningHall;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** Screens when the hall is not as usual: the server restarting, the hall closed. */
class HallRecoveryBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(10);
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void theHallDisplayMarksItselfOfflineWhileTheServerRestartsThenResyncs(@TempDir Path data) throws Exception {
        int port = freePort();
        String db = "jdbc:h2:file:" + data.resolve("hallqueue") + ";WRITE_DELAY=0";
        ApiClient api = new ApiClient(port);
        HallApp server = HallApp.start(Halls.demo(), db, "127.0.0.1", port, Clock.systemUTC());
        Browser.Window display = browser.open("http://127.0.0.1:" + port + "/display?token=demo-display", 1920, 1080);
        String before = callOne(api, "1001", 1);
        display.awaitText("#recent", before, A_WHILE);

        server.close();
        display.await(A_WHILE, d -> d.findElement(By.id("offline")).isDisplayed());
        display.screenshot("display-offline");

        server = HallApp.start(Halls.demo(), db, "127.0.0.1", port, Clock.systemUTC());
        try {
            display.await(A_WHILE, d -> !d.findElement(By.id("offline")).isDisplayed());
            display.awaitText("[data-counter='1'] .num", before, A_WHILE);
            String after = callOne(api, "1002", 2);
            display.awaitText("#recent", after, A_WHILE);
            assertThat(display.text("#recent")).contains(before);
        } finally {
            server.close();
        }
    }

    @Test
    void onAClosedDayTheKioskShowsTheHoursInsteadOfTheButtons() {
        String yaml = """
                hall: {name: 测试大厅, timeZone: Asia/Shanghai, hotline: "12360"}
                services: [{code: A, name: 综合业务, nameEn: General}]
                counters: [{number: 1, services: [A]}]
                devices: {kiosks: [{id: K1, token: kiosk-token-1}]}
                hours:
                  week:
                    weekdays: {open: "08:30", lastTicket: "17:00", close: "17:30", breaks: [["12:00", "13:30"]]}
                """;
        VirtualClock saturday = VirtualClock.at("2026-11-28T02:00:00Z");
        try (RunningHall hall = RunningHall.start(new HallConfigLoader().parse(yaml, "weekday hall"), saturday)) {
            Browser.Window kiosk = browser.open("http://127.0.0.1:" + hall.port() + "/kiosk?token=kiosk-token-1", 1080, 1920);
            kiosk.awaitText("#closed", "当前暂停取号", A_WHILE);
            assertThat(kiosk.text("#closed-notice")).contains("今日不办理业务");
            assertThat(kiosk.text("#hours")).contains("08:30–17:00").contains("休息").contains("12:00–13:30");
            assertThat(kiosk.find("#menu").isDisplayed()).isFalse();
            kiosk.screenshot("kiosk-closed");
        }
    }

    private static String callOne(ApiClient api, String badge, int counter) {
        String token = api.login(badge);
        api.post("/api/v1/counters/" + counter + "/open", token, null);
        api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
        return api.post("/api/v1/counters/" + counter + "/call-next", token, null).json().get("number").asText();
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

}
