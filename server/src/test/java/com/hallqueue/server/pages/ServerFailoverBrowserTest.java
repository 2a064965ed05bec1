package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.TwoServers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The hall display and the kiosk, served by the first of two servers and given both with
 * {@code ?servers=}; the first is killed with {@code kill -9}. Both pages move to the second:
 * the display is redrawn from its snapshot and shows its next call, the kiosk takes a number
 * from it (a cross-origin request with a token). The two servers keep separate databases, so
 * what the pages show tells which one they follow.
 */
class ServerFailoverBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(10);
    private static final Duration FAILOVER = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    @Test
    void pagesGivenSeveralServersMoveToTheNextWhenTheirOwnIsKilled() {
        try (TwoServers halls = TwoServers.start(dir); Browser browser = new Browser()) {
            ApiClient first = halls.first.api();
            ApiClient second = halls.second.api();
            String onFirst = callOne(first, "1001", 1);
            String onSecond = callOne(second, "1003", 3);
            issue(second, "C");
            String page = TwoServers.url(halls.first);
            String servers = "servers=" + URLEncoder.encode(halls.addresses(), StandardCharsets.UTF_8);
            Browser.Window display = browser.open(page + "/display?token=demo-display&" + servers, 1920, 1080);
            display.awaitText("[data-counter='1'] .num", onFirst, A_WHILE);
            Browser.Window kiosk = browser.open(page + "/kiosk?token=demo-kiosk&" + servers, 1080, 1920);
            kiosk.awaitText("[data-service=C] .wait b", "0", A_WHILE);

            halls.first.kill9();
            display.awaitText("[data-counter='3'] .num", onSecond, FAILOVER);
            display.await(FAILOVER, d -> !d.findElement(By.id("offline")).isDisplayed());
            display.await(A_WHILE, d -> d.findElement(By.cssSelector("[data-counter='1'] .num")).getText().isEmpty());
            kiosk.awaitText("[data-service=C] .wait b", "1", FAILOVER);

            kiosk.await(A_WHILE, d -> {
                d.findElement(By.cssSelector("[data-service=C]")).click();
                return true;
            });
            kiosk.await(A_WHILE, d -> "issued".equals(d.findElement(By.tagName("body")).getDomAttribute("data-screen")));
            assertThat(kiosk.text("#number")).isEqualTo("C002");
            kiosk.screenshot("kiosk-after-failover");

            String next = callNextAfterFinishing(second, "1003", 3);
            display.await(A_WHILE, d -> next.equals(d.findElement(By.id("now-call")).getDomAttribute("data-number")));
            display.screenshot("display-after-failover");
        }
    }

    private static String callOne(ApiClient api, String badge, int counter) {
        String token = api.login(badge);
        api.post("/api/v1/counters/" + counter + "/open", token, null);
        issue(api, "A");
        return api.post("/api/v1/counters/" + counter + "/call-next", token, null).json().get("number").asText();
    }

    private static String callNextAfterFinishing(ApiClient api, String badge, int counter) {
        String token = api.login(badge);
        api.post("/api/v1/counters/" + counter + "/finish", token, null);
        issue(api, "A");
        return api.post("/api/v1/counters/" + counter + "/call-next", token, null).json().get("number").asText();
    }

    private static void issue(ApiClient api, String service) {
        api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"" + service + "\"}");
    }
}
