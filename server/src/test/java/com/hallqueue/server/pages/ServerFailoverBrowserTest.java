package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.TwoServers;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Two servers of a deployment of two halls (east at the root, west under {@code /halls/west}),
 * each on its own data; the hall display of west and the kiosk of east are served by the first
 * server and given both with {@code ?servers=}, then the first is killed with {@code kill -9}.
 * Both pages move to the second: the display is redrawn from its snapshot and shows its next
 * call, the kiosk takes a number from it (a cross-origin request with a token). The servers do
 * not share a database, so what the pages show tells which one they follow. A page of west
 * given no list talks to west on its own server.
 */
class ServerFailoverBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(10);
    private static final Duration FAILOVER = Duration.ofSeconds(5);
    private static final String WEST = "/halls/west";

    @TempDir
    Path dir;

    @Test
    void pagesGivenSeveralServersMoveToTheNextWhenTheirOwnIsKilled() throws IOException {
        int[] ports = TwoServers.freePorts();
        try (TwoServers halls = TwoServers.start(dir, ports, "--deployment", deployment(ports).toString());
             Browser browser = new Browser()) {
            ApiClient first = halls.first.api();
            ApiClient second = halls.second.api();
            String onFirst = callOne(first, "1001", 1);
            String onSecond = callOne(second, "1003", 3);
            second.post("/api/v1/tickets", "east-kiosk", "{\"service\":\"C\"}");
            String page = TwoServers.url(halls.first);
            String westOnBoth = page + WEST + "," + TwoServers.url(halls.second) + WEST;
            Browser.Window display = browser.open(page + WEST + "/display?token=west-display&servers="
                    + URLEncoder.encode(westOnBoth, StandardCharsets.UTF_8), 1920, 1080);
            display.awaitText("[data-counter='1'] .num", onFirst, A_WHILE);
            Browser.Window ownHallOnly = browser.open(page + WEST + "/display/counter/1?token=west-display", 1024, 600);
            ownHallOnly.awaitText("#face .num", onFirst, A_WHILE);
            Browser.Window kiosk = browser.open(page + "/kiosk?token=east-kiosk&servers="
                    + URLEncoder.encode(halls.addresses(), StandardCharsets.UTF_8), 1080, 1920);
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

    /**
     * East, the home hall, at the root; west under /halls/west. Tokens east-kiosk, west-display….
     * Each hall names both servers, whose pages may then call either.
     */
    private Path deployment(int[] ports) throws IOException {
        Path files = Files.createDirectories(dir.resolve("halls"));
        String servers = "\nscreens: {servers: [\"http://127.0.0.1:" + ports[0] + "\", \"http://127.0.0.1:" + ports[1] + "\"]}\n";
        Files.writeString(files.resolve("east.yaml"), Halls.districtHallYaml("东区服务大厅", "east", true) + servers);
        Files.writeString(files.resolve("west.yaml"), Halls.districtHallYaml("西区服务大厅", "west", false) + servers);
        return Files.writeString(files.resolve("district.yaml"),
                "halls:\n  - {id: east, config: east.yaml}\n  - {id: west, config: west.yaml}\n");
    }

    /** At the west hall: the badge opens the counter, a ticket is issued and called there. */
    private static String callOne(ApiClient api, String badge, int counter) {
        String token = login(api, badge);
        api.post(WEST + "/api/v1/counters/" + counter + "/open", token, null);
        api.post(WEST + "/api/v1/tickets", "west-kiosk", "{\"service\":\"A\"}");
        return api.post(WEST + "/api/v1/counters/" + counter + "/call-next", token, null).json().get("number").asText();
    }

    private static String callNextAfterFinishing(ApiClient api, String badge, int counter) {
        String token = login(api, badge);
        api.post(WEST + "/api/v1/counters/" + counter + "/finish", token, null);
        api.post(WEST + "/api/v1/tickets", "west-kiosk", "{\"service\":\"A\"}");
        return api.post(WEST + "/api/v1/counters/" + counter + "/call-next", token, null).json().get("number").asText();
    }

    private static String login(ApiClient api, String badge) {
        return api.post(WEST + "/api/v1/auth/login", null, "{\"badge\":\"" + badge + "\",\"password\":\"demo\"}")
                .json().get("token").asText();
    }
}
