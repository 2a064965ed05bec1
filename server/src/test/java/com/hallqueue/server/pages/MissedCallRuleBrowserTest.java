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
 * One rule for a missed call, worded the same on the kiosk, the ticket's page, the printout and
 * the hall display (the demo hall puts a returning citizen behind the first 3 waiting), and the
 * counter's 过号重排 button that applies it.
 */
class MissedCallRuleBrowserTest {

    private static final String RULE = "过号请到窗口说明，将为您排在前3位等候者之后";
    private static final Duration A_WHILE = Duration.ofSeconds(10);
    @RegisterExtension
    static final HallInChromium pages = HallInChromium.demo();
    private static ApiClient api;
    private static String missedId;
    private static String comesBackId;

    @BeforeAll
    static void aCitizenMissedTheirCall() {
        api = pages.hall().api;
        missedId = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}").json().get("id").asText();
        comesBackId = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}").json().get("id").asText();
        String wang = api.login("1001");
        api.post("/api/v1/counters/1/open", wang, null);
        for (int i = 0; i < 2; i++) {
            api.post("/api/v1/counters/1/call-next", wang, null);
            api.post("/api/v1/counters/1/no-show", wang, null);
        }
    }

    @Test
    void theKioskTheTicketThePrintoutAndTheDisplayWordTheRuleAlike() {
        Browser.Window kiosk = pages.open("/kiosk?token=demo-kiosk", 1080, 1920);
        kiosk.awaitText("#tips", RULE, A_WHILE);
        kiosk.awaitText("h1", "您好", A_WHILE);

        Browser.Window phone = pages.open("/t/" + missedId, 390, 844);
        phone.awaitText("#status", "对不起", A_WHILE);
        phone.awaitText("#status", RULE, A_WHILE);

        Browser.Window display = pages.open("/display?token=demo-display", 1920, 1080);
        display.awaitText("#ticker", RULE, A_WHILE);

        api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\"}");
        var jobs = api.get("/api/v1/printers/K1/jobs", "demo-printer").json().get("jobs");
        assertThat(jobs.get(jobs.size() - 1).get("footer").asText()).isEqualTo(RULE);
    }

    @Test
    void theCountersMissedCallButtonPutsTheCitizenBackInLine() {
        Browser.Window pad = pages.counterPad(2, "1002", 1366, 900);
        pad.find("[data-act=return]").click();
        pad.awaitText("#return-rule", RULE, A_WHILE);
        pad.find("#return-number").sendKeys("a002", Keys.ENTER);
        pad.awaitText("#message", "A002", A_WHILE);

        assertThat(api.get("/api/v1/tickets/" + comesBackId, null).json().get("status").asText()).isEqualTo("WAITING");
    }
}
