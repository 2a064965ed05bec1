package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.HallInChromium;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.simulate.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Ratings and the manager's figures in headless Chromium: the citizen rates on the counter's
 * panel and on the ticket's page; the manager sees the follow-up cases (one overdue, in red)
 * and closes one with a note, the day's scores charted with their parts, and the printable
 * daily report. The hall's clock starts twenty days back, so the first bad rating is overdue today
 * (put right within 15 working days; the demo hall works every day).
 */
class ManagerDeskBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(10);
    private static final VirtualClock CLOCK = new VirtualClock(Instant.now().minus(Duration.ofDays(20)));
    @RegisterExtension
    static final HallInChromium pages = HallInChromium.of(Halls.demo(), CLOCK);
    private static String overdueNumber;
    private static String dueNumber;

    @BeforeAll
    static void twoBadRatingsTwentyDaysApart() {
        overdueNumber = serveAndRate(1);
        CLOCK.set(Instant.now());
        dueNumber = serveAndRate(2);
    }

    @Test
    void theCitizenRatesOnTheCountersPanel() {
        Browser.Window pad = pages.counterPad(3, "1003", 1366, 768);
        String number = issue("B");
        pad.awaitText("#waiting-list", number, A_WHILE);
        pad.find("body").sendKeys("n");
        pad.awaitText("#current-num", number, A_WHILE);
        pad.find("body").sendKeys("f");
        pad.awaitText("#rate-number", number, A_WHILE);
        pad.screenshot("counter-rating-panel");
        pad.find("#rate-buttons .rate-4").click();
        pad.awaitText("#rate-thanks", "感谢您的评价", A_WHILE);
        String manager = pages.hall().api.login("9001");
        assertThat(pages.hall().api.get("/api/v1/stats?by=staff", manager).json().get("rows").findValuesAsText("key")).contains("1003");
        var rows = pages.hall().api.get("/api/v1/stats/tickets", manager).json().get("tickets");
        var rated = java.util.stream.StreamSupport.stream(rows.spliterator(), false)
                .filter(t -> t.get("number").asText().equals(number)).findFirst().orElseThrow();
        assertThat(rated.get("rating").asInt()).isEqualTo(4);
    }

    @Test
    void theCitizenRatesOnTheTicketsPageOnce() {
        String id = pages.hall().api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}").json().get("id").asText();
        String staff = pages.hall().api.login("1005");
        pages.hall().api.post("/api/v1/counters/5/open", staff, null);
        pages.hall().api.post("/api/v1/counters/5/call-next", staff, null);
        pages.hall().api.post("/api/v1/counters/5/finish", staff, null);
        Browser.Window phone = pages.open("/t/" + id, 390, 844);
        phone.await(A_WHILE, d -> d.findElement(By.cssSelector("#rating .rate-5")).isDisplayed());
        phone.screenshot("ticket-rating");
        phone.find("#rating .rate-5").click();
        phone.awaitText("#rated", "感谢您的评价", A_WHILE);
        assertThat(pages.hall().api.post("/api/v1/tickets/" + id + "/rating", null, "{\"score\":3}").status()).isEqualTo(409);
    }

    @Test
    void theManagerSeesCasesScoresAndTheDailyReport() {
        Browser.Window desk = pages.managerDesk(1440, 1800);
        desk.awaitText("#cases", dueNumber, A_WHILE);
        desk.awaitText("#cases", overdueNumber, A_WHILE);
        assertThat(desk.text("#cases tr.overdue")).contains(overdueNumber).contains("非常不满意").contains("已逾期");
        assertThat(desk.text("#cases tr:not(.overdue)")).contains(dueNumber).doesNotContain("已逾期");
        Number scored = (Number) desk.await(A_WHILE, d -> desk.script(
                "const c = Chart.getChart('scores'); return c && c.data.datasets[0].data.length || null;"));
        assertThat(scored.intValue()).isGreaterThanOrEqualTo(1);
        Number served = (Number) desk.script(
                "return Chart.getChart('served').data.datasets[0].data.reduce((a, b) => a + b, 0);");
        assertThat(served.intValue()).isGreaterThanOrEqualTo(1);
        desk.find("#scores-table tr.score-row[data-counter='1']").click();
        assertThat(desk.text("#scores-table tr[data-how='1']")).contains("处事效率").contains("客户评价");
        desk.screenshot("manager-cases-scores");

        desk.find("#cases tr.overdue input").sendKeys("已电话回访并致歉", Keys.ENTER);
        desk.await(A_WHILE, d -> d.findElements(By.cssSelector("#cases tr.overdue")).isEmpty());
        // both tickets are the first A of their day (A001): the case left is the rating of 2
        assertThat(desk.focus().findElements(By.cssSelector("#cases tr"))).hasSize(1);
        assertThat(desk.text("#cases")).contains(dueNumber).contains("不满意").doesNotContain("非常不满意");

        desk.go(pages.base() + "/report");
        desk.await(A_WHILE, d -> d.findElement(By.tagName("body")).getDomAttribute("data-loaded") != null);
        assertThat(desk.text("#by-counter")).contains("1号窗口");
        assertThat(desk.text("#cases")).contains(dueNumber);
        desk.screenshot("daily-report");
    }

    /** A ticket served at counter 1 and rated {@code score} by the citizen; its number. */
    private static String serveAndRate(int score) {
        String staff = pages.hall().api.login("1001");
        pages.hall().api.post("/api/v1/counters/1/open", staff, null);
        var ticket = pages.hall().api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}").json();
        pages.hall().api.post("/api/v1/counters/1/call-next", staff, null);
        pages.hall().api.post("/api/v1/counters/1/start", staff, null);
        pages.hall().api.post("/api/v1/counters/1/finish", staff, null);
        pages.hall().api.post("/api/v1/tickets/" + ticket.get("id").asText() + "/rating", null, "{\"score\":" + score + "}");
        return ticket.get("number").asText();
    }

    private static String issue(String service) {
        return pages.hall().api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"" + service + "\"}")
                .json().get("number").asText();
    }
}
