package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.HallInChromium;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/**
 * The manager scores an appraisal sheet in headless Chromium: opens a staff member's sheet,
 * scores an assessed item with a note (markup in it stays text), sees the total move, and
 * prints the sheet with the mark in its history.
 */
class AppraisalDeskBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(10);
    private static final String PERIOD = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
    @RegisterExtension
    static final HallInChromium pages = HallInChromium.demo();

    @Test
    void theManagerScoresAnAssessedItemAndPrintsTheSheet() {
        Browser.Window desk = pages.managerDesk(1440, 2400);
        desk.awaitText("#appraisal-rows", "1001", A_WHILE);
        assertThat(desk.text("#appraisal-rows tr[data-badge='1001'] .complete")).contains("待评分");
        String before = desk.text("#appraisal-rows tr[data-badge='1001'] .total");

        desk.find("#appraisal-rows tr[data-badge='1001'] .edit-sheet").click();
        desk.awaitText("#appraisal-who", "1001", A_WHILE);
        assertThat(desk.text("#appraisal-items tr[data-item='efficiency']")).contains("记录计算");
        WebElement score = desk.find("#appraisal-items tr[data-item='speech'] input.score");
        score.sendKeys("8");
        desk.find("#appraisal-items tr[data-item='speech'] input.note").sendKeys("<img src=x onerror=alert(1)>暗访：用语规范");
        desk.find("#appraisal-items tr[data-item='speech'] .save").click();
        desk.awaitText("#appraisal-items tr[data-item='speech'] .saved", "已保存", A_WHILE);
        assertThat(Double.parseDouble(desk.text("#sheet-total"))).isEqualTo(Double.parseDouble(before) + 8);
        desk.awaitText("#appraisal-rows tr[data-badge='1001'] .total", desk.text("#sheet-total"), A_WHILE);
        desk.screenshot("manager-appraisal-editor");

        String manager = pages.hall().api.login("9001");
        JsonNode row = pages.hall().api.get("/api/v1/appraisal/" + PERIOD + "/1001", manager).json().get("row");
        assertThat(row.get("items").get("speech").get("score").asDouble()).isEqualTo(8.0);
        assertThat(row.get("items").get("speech").get("note").asText()).isEqualTo("<img src=x onerror=alert(1)>暗访：用语规范");

        // an out-of-range score is refused in the page, and nothing is saved
        WebElement again = desk.find("#appraisal-items tr[data-item='knowledge'] input.score");
        again.sendKeys("12");
        desk.find("#appraisal-items tr[data-item='knowledge'] .save").click();
        assertThat(desk.text("#appraisal-items tr[data-item='knowledge'] .saved")).isEmpty();

        desk.go(pages.base() + "/appraisal?period=" + PERIOD + "&badge=1001");
        desk.awaitText("#history", "暗访：用语规范", A_WHILE);
        assertThat(desk.text("#items tr[data-item='speech']")).contains("<img src=x onerror=alert(1)>");
        assertThat((Long) desk.script("return document.querySelectorAll('main img').length;")).isZero();
        assertThat(desk.text("#total")).contains("尚有项目未评分");
        desk.screenshot("appraisal-sheet-print");
    }

    @Test
    void theDutyOfficerRecordsAComplaintAndClosesIt() {
        Browser.Window desk = pages.managerDesk(1440, 2400);
        desk.awaitText("#complaints", "投诉举报登记", A_WHILE);
        desk.find("#complaint-counter").sendKeys("2");
        desk.find("#complaint-staff").sendKeys("1002");
        desk.find("#complaint-name").sendKeys("王五");
        desk.find("#complaint-phone").sendKeys("13700001234");
        desk.find("#complaint-what").sendKeys("<script>x</script>窗口人员离岗未摆放暂停牌");
        desk.find("#complaint-form button[type=submit]").click();
        desk.awaitText("#complaints-list", "离岗", A_WHILE);
        assertThat(desk.text("#complaints-list")).contains("<script>x</script>").contains("王* 137****1234")
                .doesNotContain("13700001234");
        desk.find("#complaints-list tr input.outcome").sendKeys("已批评教育");
        desk.find("#complaints-list tr form button").click();
        desk.await(A_WHILE, d -> desk.text("#complaints-list").isEmpty() ? true : null);
        String manager = pages.hall().api.login("9001");
        String today = java.time.LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        JsonNode kept = pages.hall().api.get("/api/v1/complaints?from=" + today + "&to=" + today, manager).json().get("complaints");
        assertThat(kept).anySatisfy(c -> {
            assertThat(c.get("status").asText()).isEqualTo("CLOSED");
            assertThat(c.get("outcome").asText()).isEqualTo("已批评教育");
        });
        desk.screenshot("manager-complaints");
    }

    @Test
    void theCitizenGivesTheIndicatorsAndAnOpinionOnTheTicketsPage() {
        String id = pages.hall().api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}").json().get("id").asText();
        String staff = pages.hall().api.login("1005");
        pages.hall().api.post("/api/v1/counters/5/open", staff, null);
        pages.hall().api.post("/api/v1/counters/5/call-next", staff, null);
        pages.hall().api.post("/api/v1/counters/5/finish", staff, null);
        Browser.Window phone = pages.open("/t/" + id, 390, 1200);
        phone.await(A_WHILE, d -> d.findElement(org.openqa.selenium.By.cssSelector("#rating .rate-3")).isDisplayed());
        phone.find("#rate-more summary").click();
        new org.openqa.selenium.support.ui.Select(phone.find("#indicators select[data-field='efficiency']")).selectByValue("4");
        new org.openqa.selenium.support.ui.Select(phone.find("#indicators select[data-field='attitude']")).selectByValue("2");
        phone.find("#opinion").sendKeys("<b>希望</b>增加座位");
        phone.screenshot("ticket-rating-indicators");
        phone.find("#rating .rate-3").click();
        phone.awaitText("#rated", "感谢您的评价", A_WHILE);
        String manager = pages.hall().api.login("9001");
        JsonNode all = pages.hall().api.get("/api/v1/evaluations", manager).json().get("evaluations");
        assertThat(all).anySatisfy(e -> {
            assertThat(e.get("score").asInt()).isEqualTo(3);
            assertThat(e.get("bad").asBoolean()).isFalse();
            assertThat(e.get("efficiency").asInt()).isEqualTo(4);
            assertThat(e.get("level").isNull()).isTrue();
            assertThat(e.get("attitude").asInt()).isEqualTo(2);
            assertThat(e.get("opinion").asText()).isEqualTo("<b>希望</b>增加座位");
            assertThat(e.get("channel").asText()).isEqualTo("page");
        });
        assertThat(pages.hall().api.get("/api/v1/evaluations", staff).status()).isEqualTo(403);
    }
}
