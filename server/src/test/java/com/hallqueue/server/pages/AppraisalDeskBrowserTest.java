package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.RunningHall;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The manager scores an appraisal sheet in headless Chromium: opens a staff member's sheet,
 * scores an assessed item with a note (markup in it stays text), sees the total move, and
 * prints the sheet with the mark in its history.
 */
class AppraisalDeskBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(10);
    private static final String PERIOD = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
    private static RunningHall hall;
    private static Browser browser;
    private static String base;

    @BeforeAll
    static void start() {
        hall = RunningHall.demo();
        base = "http://127.0.0.1:" + hall.port();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        hall.close();
    }

    @Test
    void theManagerScoresAnAssessedItemAndPrintsTheSheet() {
        Browser.Window desk = browser.open(base + "/manager", 1440, 2400);
        desk.awaitText("#login", "管理人员登录", A_WHILE);
        desk.find("#badge").sendKeys("9001");
        desk.find("#password").sendKeys("demo", Keys.ENTER);
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

        String manager = hall.api.login("9001");
        JsonNode row = hall.api.get("/api/v1/appraisal/" + PERIOD + "/1001", manager).json().get("row");
        assertThat(row.get("items").get("speech").get("score").asDouble()).isEqualTo(8.0);
        assertThat(row.get("items").get("speech").get("note").asText()).isEqualTo("<img src=x onerror=alert(1)>暗访：用语规范");

        // an out-of-range score is refused in the page, and nothing is saved
        WebElement again = desk.find("#appraisal-items tr[data-item='knowledge'] input.score");
        again.sendKeys("12");
        desk.find("#appraisal-items tr[data-item='knowledge'] .save").click();
        assertThat(desk.text("#appraisal-items tr[data-item='knowledge'] .saved")).isEmpty();

        desk.go(base + "/appraisal?period=" + PERIOD + "&badge=1001");
        desk.awaitText("#history", "暗访：用语规范", A_WHILE);
        assertThat(desk.text("#items tr[data-item='speech']")).contains("<img src=x onerror=alert(1)>");
        assertThat((Long) desk.script("return document.querySelectorAll('main img').length;")).isZero();
        assertThat(desk.text("#total")).contains("尚有项目未评分");
        desk.screenshot("appraisal-sheet-print");
    }
}
