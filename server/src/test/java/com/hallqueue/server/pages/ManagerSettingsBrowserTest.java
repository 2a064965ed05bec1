package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.HallInChromium;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * The manager edits the hall's staff on the Settings tab of their desk in headless Chromium:
 * adds a member (whose name, markup and all, shows as text), changes a role, resets a
 * password and takes a member off the hall; each counts at once. So do a counter's services.
 */
class ManagerSettingsBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(10);
    private static final String MARKUP_NAME = "<img src=x onerror=\"document.title='pwned'\">周琳";

    @RegisterExtension
    final HallInChromium pages = HallInChromium.demo();

    @Test
    void theManagerAddsAMemberChangesARoleResetsAPasswordAndTakesAMemberOff() {
        Browser.Window desk = settingsTab();

        desk.find("#new-badge").sendKeys("1007");
        desk.find("#new-name").sendKeys(MARKUP_NAME);
        desk.find("#new-password").sendKeys("counter-7-pass", Keys.ENTER);
        desk.awaitText("#staff-said", "已添加", A_WHILE);
        assertThat(desk.text("#staff tr[data-badge='1007']")).contains(MARKUP_NAME);
        assertThat(desk.focus().findElements(By.cssSelector("#staff img"))).isEmpty();
        assertThat(desk.focus().getTitle()).doesNotContain("pwned");
        assertThat(login("1007", "counter-7-pass")).isEqualTo(200);

        new Select(desk.find("#staff select[data-role='1003']")).selectByValue("MANAGER");
        desk.awaitText("#staff-said", "角色已更改", A_WHILE);
        assertThat(member("1003").get("role").asText()).isEqualTo("MANAGER");

        desk.find("#staff input[data-password='1004']").sendKeys("reset-at-desk");
        desk.find("#staff button[data-reset='1004']").click();
        desk.awaitText("#staff-said", "密码已重置", A_WHILE);
        assertThat(login("1004", "reset-at-desk")).isEqualTo(200);

        desk.find("#staff button[data-off='1002']").click();
        desk.await(A_WHILE, d -> !d.findElements(By.cssSelector("#staff tr.inactive[data-badge='1002']")).isEmpty());
        assertThat(login("1002", "demo")).isEqualTo(401);
        desk.screenshot("manager-settings-staff");
    }

    @Test
    void aRefusalIsShownInTheManagersWordsAndTheLiveTabComesBack() {
        Browser.Window desk = settingsTab();

        desk.find("#staff button[data-off='9001']").click();
        desk.awaitText("#staff-said", "不能停用自己", A_WHILE);
        desk.find("#new-badge").sendKeys("1008");
        desk.find("#new-name").sendKeys("孙悦");
        desk.script("document.getElementById('new-password').removeAttribute('minlength')");
        desk.find("#new-password").sendKeys("short", Keys.ENTER);
        desk.awaitText("#staff-said", "密码须为8至128个字符", A_WHILE);

        desk.find("#tab-live").click();
        desk.await(A_WHILE, d -> d.findElement(By.id("queues")).isDisplayed());
        assertThat(desk.find("#settings").isDisplayed()).isFalse();
    }

    @Test
    void theManagerMakesAHolidayOfNextYearAndTakesItBackOff() {
        Browser.Window desk = settingsTab();

        desk.script("document.getElementById('day-date').value = '2027-10-01'");
        desk.find("#day-name").sendKeys("国庆节<b>!</b>");
        desk.find("#day-set button").click();
        desk.awaitText("#calendar-year", "2027", A_WHILE);
        desk.awaitText("#calendar tr[data-date='2027-10-01']", "国庆节<b>!</b>", A_WHILE);
        assertThat(desk.text("#calendar tr[data-date='2027-10-01']")).contains("节假日");
        assertThat(pages.hall().api.get("/api/v1/hall", null).status()).isEqualTo(200);
        desk.screenshot("manager-settings-calendar");

        desk.find("#calendar button[data-ordinary='2027-10-01']").click();
        desk.awaitText("#calendar tr[data-date='2027-10-01']", "平常日", A_WHILE);
        assertThat(pages.hall().api.get("/api/v1/calendar?year=2027", pages.hall().api.login("9001")).json().get("days")
                .findValuesAsText("kind")).containsExactly("ORDINARY");
    }

    @Test
    void theManagerPublishesANoticeWithMarkupAsTextAndRemovesIt() {
        Browser.Window desk = settingsTab();

        new Select(desk.find("#notice-kind")).selectByValue("FEES");
        desk.find("#notice-title").sendKeys("收费标准");
        desk.find("#notice-body").sendKeys("查验<script>x()</script>：免费");
        desk.find("#notice-add button").click();
        desk.awaitText("#notices", "查验<script>x()</script>：免费", A_WHILE);
        assertThat(pages.hall().api.get("/api/v1/bulletins", null).json().findValuesAsText("kind")).containsExactly("FEES");
        assertThat(desk.focus().findElements(By.cssSelector("#notices script"))).isEmpty();

        desk.find("#notices button[data-drop]").click();
        desk.awaitText("#staff-said", "公告已删除", A_WHILE);
        assertThat(pages.hall().api.get("/api/v1/bulletins", null).json()).isEmpty();
    }

    @Test
    void theManagerRaisesTheAppointmentCapacityOfAService() {
        Browser.Window desk = settingsTab();

        desk.find("#capacity input[data-capacity='B']").clear();
        desk.find("#capacity input[data-capacity='B']").sendKeys("5");
        desk.find("#capacity button[data-keep-capacity='B']").click();
        desk.awaitText("#staff-said", "预约名额已保存", A_WHILE);

        assertThat(pages.hall().api.get("/api/v1/slot-capacity", pages.hall().api.login("9001")).json().get("B").asInt()).isEqualTo(5);
        assertThat(desk.find("#capacity input[data-capacity='B']").getAttribute("value")).isEqualTo("5");
    }

    @Test
    void theManagerTakesInspectionOffCounterSixAndAnEmptyChoiceIsRefused() {
        Browser.Window desk = settingsTab();

        desk.find("#counter-services input[data-serves='6'][value='C']").click();
        desk.find("#counter-services button[data-keep-services='6']").click();
        desk.awaitText("#staff-said", "窗口业务已保存", A_WHILE);
        assertThat(pages.hall().api.get("/api/v1/counters/6", null).json().get("services").toString()).isEqualTo("[\"A\",\"B\"]");
        assertThat(desk.find("#counter-services input[data-serves='6'][value='C']").isSelected()).isFalse();

        desk.find("#counter-services input[data-serves='1'][value='A']").click();
        desk.find("#counter-services button[data-keep-services='1']").click();
        desk.awaitText("#staff-said", "至少选择一项业务", A_WHILE);
        assertThat(pages.hall().api.get("/api/v1/counters/1", null).json().get("services").toString()).isEqualTo("[\"A\"]");
    }

    private Browser.Window settingsTab() {
        Browser.Window desk = pages.managerDesk(1440, 1000);
        desk.await(A_WHILE, d -> d.findElement(By.id("tab-settings")).isDisplayed());
        desk.find("#tab-settings").click();
        desk.awaitText("#staff", "1001", A_WHILE);
        return desk;
    }

    private int login(String badge, String password) {
        return pages.hall().api.post("/api/v1/auth/login", null, "{\"badge\":\"" + badge + "\",\"password\":\"" + password + "\"}")
                .status();
    }

    private JsonNode member(String badge) {
        for (JsonNode m : pages.hall().api.get("/api/v1/staff", pages.hall().api.login("9001")).json()) {
            if (m.get("badge").asText().equals(badge)) {
                return m;
            }
        }
        throw new AssertionError("no member " + badge);
    }
}
