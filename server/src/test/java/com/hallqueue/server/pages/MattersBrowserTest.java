package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.HallInChromium;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;

/**
 * 一次性告知单 in Chromium: the ticket's page shows the notice with its code and every missing
 * material, the counter of the return visit shows the notice of the first, the manager sees
 * open matters, and a counter issues a notice by ticking its checklist. Materials and notes
 * here are markup, and every page must show them as text.
 */
class MattersBrowserTest {

    private static final String PROBE = "<img src=x onerror=document.title=/PWNED/.source class=injected>";
    private static final String SHOWN = "class=injected>";
    private static final Duration A_WHILE = Duration.ofSeconds(10);
    @RegisterExtension
    static final HallInChromium pages = HallInChromium.demo();
    private static ApiClient api;
    private static String firstId;
    private static String code;
    private static String refusedId;

    @BeforeAll
    static void aNoticeWhoseMaterialsAndNoteAreMarkup() {
        api = pages.hall().api;
        String zhang = api.login("1003");
        api.post("/api/v1/counters/3/open", zhang, null);
        firstId = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\"}").json().get("id").asText();
        api.post("/api/v1/counters/3/call-next", zhang, null);
        String body = "{\"outcome\":\"NOTICE\",\"materials\":[\"商业发票 / Commercial invoice\",\"" + PROBE.replace("\"", "\\\"")
                + "\"],\"note\":\"" + PROBE + "\"}";
        code = api.post("/api/v1/counters/3/finish", zhang, body).json().get("notice").get("code").asText();
        refusedId = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}").json().get("id").asText();
        api.post("/api/v1/counters/3/call-next", zhang, null);
        api.post("/api/v1/counters/3/finish", zhang, "{\"outcome\":\"REFUSED\",\"note\":\"" + PROBE + "\"}");
        api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\",\"notice\":\"" + code + "\"}");
        String liu = api.login("1004");
        api.post("/api/v1/counters/4/open", liu, null);
        api.post("/api/v1/counters/4/call-next", liu, null);
    }

    @Test
    void theTicketsPageShowsItsNoticeWithEveryMaterialAsText() {
        Browser.Window phone = pages.open("/t/" + firstId, 390, 844);
        phone.awaitText("#notice-code", code, A_WHILE);
        phone.awaitText("#notice-materials", "商业发票 / Commercial invoice", A_WHILE);
        phone.awaitText("#notice-materials", SHOWN, A_WHILE);
        phone.awaitText("#notice-note", SHOWN, A_WHILE);
        phone.awaitText("#status", "再见", A_WHILE);
        nothingRan(phone);
        phone.screenshot("matters-ticket-notice");
    }

    @Test
    void theTicketsPageOfARefusalApologisesAndGivesTheReasonAsText() {
        Browser.Window phone = pages.open("/t/" + refusedId, 390, 844);
        phone.awaitText("#status", "对不起，此事项不予受理", A_WHILE);
        phone.awaitText("#status", SHOWN, A_WHILE);
        nothingRan(phone);
    }

    @Test
    void theCounterOfTheReturnVisitShowsTheFirstVisitsNoticeAsText() {
        Browser.Window pad = pages.logInAtCounter(4, "1004", 1366, 900);
        pad.awaitText("#return-notice", code, A_WHILE);
        pad.awaitText("#return-notice", SHOWN, A_WHILE);
        pad.awaitText("#first-counter", "3", A_WHILE);
        nothingRan(pad);
    }

    @Test
    void theManagerSeesTheOpenMatterWithItsMaterialsAsText() {
        Browser.Window desk = pages.open("/manager", 1440, 1800);
        desk.find("#badge").sendKeys("9001");
        desk.find("#password").sendKeys("demo", Keys.ENTER);
        desk.awaitText("#matters [data-notice]", SHOWN, A_WHILE);
        nothingRan(desk);
    }

    @Test
    void aCounterIssuesANoticeByTickingItsChecklistAndTypingTheRest() {
        api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}");
        Browser.Window pad = pages.counterPad(5, "1005", 1366, 900);
        pad.find("[data-act=call-next]").click();
        pad.awaitText("#current-num", "C001", A_WHILE);
        pad.find("[data-act=notice]").click();
        pad.await(A_WHILE, d -> !pad.find("#material-2").getDomProperty("value").isEmpty());
        pad.find("#material-2").click();
        pad.find("#notice-typed").sendKeys("装箱单 / Packing list");
        pad.screenshot("matters-counter-notice");
        pad.find("#notice-form button[type=submit]").click();
        pad.awaitText("#message", "告知单", A_WHILE);

        String shown = pad.text("#message");
        String issued = shown.substring(shown.lastIndexOf(' ') + 1);
        var notice = api.get("/api/v1/notices/" + issued, null).json();
        assertThat(notice.get("materials").toString()).contains("货物清单 / Cargo list", "装箱单 / Packing list");
        assertThat(notice.get("counter").asInt()).isEqualTo(5);
    }

    @Test
    void theKioskIssuesTheReturnVisitForANoticesTypedCode() {
        String yang = api.login("1006");
        api.post("/api/v1/counters/6/open", yang, null);
        api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
        String number = api.post("/api/v1/counters/6/call-next", yang, null).json().get("number").asText();
        String typed = api.post("/api/v1/counters/6/finish", yang, "{\"outcome\":\"NOTICE\",\"materials\":[\"申请表\"]}")
                .json().get("notice").get("code").asText();

        Browser.Window kiosk = pages.open("/kiosk?token=demo-kiosk", 1080, 1920);
        kiosk.awaitText("h1", "您好", A_WHILE);
        kiosk.find("#checkin-open").click();
        kiosk.find("#checkin-code").sendKeys(typed.toLowerCase(), Keys.ENTER);

        kiosk.awaitText("#issued-service", "再次办理 " + number, A_WHILE);
        assertThat(api.get("/api/v1/notices/" + typed, null).json().get("state").asText()).isEqualTo("OPEN");
    }

    private static void nothingRan(Browser.Window page) {
        assertThat((String) page.script("return document.title")).doesNotContain("PWNED");
        assertThat((Long) page.script("return document.querySelectorAll('.injected, [onerror], [onload]').length"))
                .isZero();
    }
}
