package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.config.DeploymentLoader;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.RunningHall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * The district manager's overview in headless Chromium, over a deployment of two halls on H2:
 * each hall's card shows its own queue, counters and alerts, a call in one hall shows within a
 * few seconds, the statistics compare both halls, and a hall manager is told the page is not his.
 */
class DistrictDeskBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(10);
    /** The page asks every 3 s; a change shows by the next answer. */
    private static final Duration A_POLL = Duration.ofSeconds(6);
    @TempDir
    static Path dir;
    private static RunningHall district;
    private static ApiClient api;
    private static Browser browser;
    private static String base;

    @BeforeAll
    static void twoHallsWithPeopleWaiting() throws IOException {
        Files.writeString(dir.resolve("east.yaml"), Halls.districtHallYaml("东区服务大厅", "east", true));
        Files.writeString(dir.resolve("west.yaml"), Halls.districtHallYaml("西区服务大厅", "west", false));
        Files.writeString(dir.resolve("district.yaml"),
                "halls:\n  - {id: east, config: east.yaml}\n  - {id: west, config: west.yaml}\n");
        district = RunningHall.start(new DeploymentLoader().load(dir.resolve("district.yaml")));
        api = district.api;
        base = "http://127.0.0.1:" + district.port();
        String served = issue("east", "A");
        issue("east", "A", "A", "B", "B", "B", "B");
        issue("west", "A", "C");
        String staff = login("east", "1003");
        for (String step : new String[] {"open", "call-next", "start", "finish"}) {
            act("east", staff, "/api/v1/counters/3/" + step, null);
        }
        act("east", null, "/api/v1/tickets/" + served + "/rating", "{\"score\":5}");
        post("east", "1005", "/api/v1/counters/5/open", null);
        post("east", "1005", "/api/v1/counters/5/pause", "{\"reason\":\"系统维护\"}");
        post("west", "1001", "/api/v1/counters/1/open", null);
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        district.close();
    }

    @Test
    void theDistrictManagerSeesBothHallsLiveAndComparesTheirFigures() {
        Browser.Window desk = logIn("8001");
        desk.awaitText("[data-hall=east] [data-service=A] .waiting", "2", A_WHILE);
        assertThat(text(desk, "[data-hall=east] h2")).isEqualTo("东区服务大厅");
        assertThat(text(desk, "[data-hall=east] [data-service=B] .waiting")).isEqualTo("4");
        assertThat(text(desk, "[data-hall=west] h2")).isEqualTo("西区服务大厅");
        assertThat(text(desk, "[data-hall=west] [data-service=A] .waiting")).isEqualTo("1");
        assertThat(text(desk, "[data-hall=east] .sums")).contains("1\n窗口开放").contains("1\n暂停").contains("4\n未开窗");
        assertThat(text(desk, "[data-hall=east] [data-counter='5']")).contains("暂停服务").contains("系统维护");
        assertThat(text(desk, "[data-hall=east] .alerts")).contains("请增开B类窗口");
        assertThat(text(desk, "[data-hall=west] .alerts")).contains("请开放C类窗口").doesNotContain("B类");

        String called = post("west", "1001", "/api/v1/counters/1/call-next", null).json()
                .get("number").asText();
        desk.awaitText("[data-hall=west] [data-counter='1'] .ticket", called, A_POLL);
        assertThat(text(desk, "[data-hall=west] [data-service=A] .waiting")).isEqualTo("0");
        assertThat(text(desk, "[data-hall=east] [data-service=A] .waiting")).isEqualTo("2");

        desk.awaitText("#stats", "西区服务大厅", A_WHILE);
        assertThat(text(desk, "#stats tr[data-hall=east][data-key=B] td:nth-child(3)")).isEqualTo("4");
        assertThat(text(desk, "#stats tr[data-hall=east][data-key=A]")).contains("3\t1\t0").contains("100%");
        assertThat(text(desk, "#stats tr[data-hall=west][data-key=A]")).contains("A 综合业务").contains("西区服务大厅");
        assertThat(text(desk, "#stats tr[data-hall=west][data-key=C] td:nth-child(3)")).isEqualTo("1");
        desk.screenshot("district-overview");

        desk.find(".lang-switch").click();
        desk.awaitText("#stats", "West Service Hall", A_WHILE);
        assertThat(text(desk, "[data-hall=west] .alerts")).contains("Open a C counter");
        desk.screenshot("district-overview-en");
        desk.find(".lang-switch").click();

        new Select(desk.find("#by")).selectByValue("counter");
        desk.awaitText("#stats tr[data-hall=west][data-key='1']", "1号窗口", A_WHILE);
        assertThat(desk.focus().findElements(By.cssSelector("#stats tr[data-hall=east]"))).isNotEmpty();

        // the halls' appraisal sheets of this month side by side: six staff each, none fully scored yet
        desk.awaitText("#appraisal tr[data-hall=west]", "西区服务大厅", A_WHILE);
        assertThat(text(desk, "#appraisal tr[data-hall=east] td:nth-child(2)")).isEqualTo("6");
        assertThat(text(desk, "#appraisal tr[data-hall=east] td:nth-child(3)")).isEqualTo("0");
    }

    @Test
    void aHallManagerIsToldThePageIsForDistrictManagersOnly() {
        Browser.Window desk = logIn("9001");
        desk.awaitText("#refused-text", "仅限区域管理人员", A_WHILE);
        assertThat(desk.find("#dash").isDisplayed()).isFalse();
        desk.screenshot("district-refused");
        desk.find(".lang-switch").click();
        desk.awaitText("#refused-text", "District managers only", A_WHILE);
        desk.find(".lang-switch").click();
        desk.find("#refused button").click();
        desk.awaitText("#login", "区域管理人员登录", A_WHILE);
    }

    /** The element's text as one read in the page, since a poll may redraw a card between find and read. */
    private static String text(Browser.Window w, String css) {
        return (String) w.script("return document.querySelector(arguments[0]).innerText.trim()", css);
    }

    private static Browser.Window logIn(String badge) {
        Browser.Window desk = browser.open(base + "/district", 1600, 1150);
        desk.awaitText("#login", "区域管理人员登录", A_WHILE);
        desk.find("#badge").sendKeys(badge);
        desk.find("#password").sendKeys("demo", Keys.ENTER);
        return desk;
    }

    /** Takes a number for each service at the hall's kiosk; the id of the first. */
    private static String issue(String hall, String... services) {
        String first = null;
        for (String s : services) {
            ApiClient.Reply r = api.post("/halls/" + hall + "/api/v1/tickets", hall + "-kiosk",
                    "{\"service\":\"" + s + "\"}");
            assertThat(r.status()).as(r.text()).isEqualTo(201);
            first = first == null ? r.json().get("id").asText() : first;
        }
        return first;
    }

    private static String login(String hall, String badge) {
        return api.post("/halls/" + hall + "/api/v1/auth/login", null,
                "{\"badge\":\"" + badge + "\",\"password\":\"demo\"}").json().get("token").asText();
    }

    /** A staff member of {@code hall} does {@code path} there. */
    private static ApiClient.Reply post(String hall, String badge, String path, String body) {
        return act(hall, login(hall, badge), path, body);
    }

    private static ApiClient.Reply act(String hall, String token, String path, String body) {
        ApiClient.Reply r = api.post("/halls/" + hall + path, token, body);
        assertThat(r.status()).as(path + ": " + r.text()).isIn(200, 201, 204);
        return r;
    }
}
