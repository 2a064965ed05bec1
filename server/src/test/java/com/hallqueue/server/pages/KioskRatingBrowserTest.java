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
import org.openqa.selenium.interactions.Actions;

/**
 * The citizen rates at the kiosk by scanning the QR code printed on the ticket (a scanner
 * types the ticket page's address and Enter): the five levels with the optional indicators
 * and opinion, 谢谢您的评价, and the server's refusals worded politely: not yet served, and
 * a second rating of the same ticket (一次一评).
 */
class KioskRatingBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(10);
    @RegisterExtension
    static final HallInChromium pages = HallInChromium.demo();

    @Test
    void aServedCitizenScansTheTicketAtTheMenuAndRatesItOnce() {
        String id = servedTicket();
        Browser.Window kiosk = openKiosk();
        new Actions(kiosk.focus()).sendKeys(pages.base() + "/t/" + id + Keys.ENTER).perform();
        kiosk.await(A_WHILE, d -> d.findElement(By.cssSelector("#rate-buttons .rate-2")).isDisplayed());
        assertThat(kiosk.text("#rate-ticket")).startsWith("C").contains("5号窗口");

        kiosk.find("#rate-indicators [data-field='efficiency'] [data-value='4']").click();
        kiosk.find("#rate-indicators [data-field='attitude'] [data-value='1']").click();
        kiosk.find("#rate-indicators [data-field='attitude'] [data-value='2']").click();
        kiosk.find("#rate-opinion").sendKeys("<img src=x onerror=alert(1)>等候太久");
        kiosk.screenshot("kiosk-rating");
        kiosk.find("#rate-buttons .rate-2").click();
        kiosk.awaitText("#rate-thanks", "谢谢您的评价", A_WHILE);
        assertThat((Long) kiosk.script("return document.querySelectorAll('#rate img').length;")).isZero();

        JsonNode kept = evaluationOf(id);
        assertThat(kept.get("channel").asText()).isEqualTo("kiosk");
        assertThat(kept.get("score").asInt()).isEqualTo(2);
        assertThat(kept.get("bad").asBoolean()).isTrue();
        assertThat(kept.get("efficiency").asInt()).isEqualTo(4);
        assertThat(kept.get("level").isNull()).isTrue();
        assertThat(kept.get("attitude").asInt()).isEqualTo(2);
        assertThat(kept.get("opinion").asText()).isEqualTo("<img src=x onerror=alert(1)>等候太久");

        kiosk.find("#rate-back").click();
        kiosk.find("#rate-open").click();
        kiosk.find("#rate-code").sendKeys(pages.base() + "/t/" + id, Keys.ENTER);
        kiosk.await(A_WHILE, d -> d.findElement(By.cssSelector("#rate-buttons .rate-5")).isDisplayed());
        kiosk.find("#rate-buttons .rate-5").click();
        kiosk.awaitText("#rate-error", "对不起，此号已评价", A_WHILE);
        assertThat(evaluationOf(id).get("score").asInt()).isEqualTo(2);
    }

    @Test
    void aTicketNotYetServedIsRefusedPolitelyAndNothingIsKept() {
        String id = pages.hall().api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}").json().get("id").asText();
        Browser.Window kiosk = openKiosk();
        kiosk.find("#rate-open").click();
        kiosk.find("#rate-code").sendKeys(pages.base() + "/t/" + id, Keys.ENTER);
        kiosk.await(A_WHILE, d -> d.findElement(By.cssSelector("#rate-buttons .rate-5")).isDisplayed());
        kiosk.find("#rate-buttons .rate-5").click();
        kiosk.awaitText("#rate-error", "对不起，办结后才能评价", A_WHILE);
        assertThat(kiosk.find("#rate-panel").isDisplayed()).isFalse();
        kiosk.screenshot("kiosk-rating-refused");
        assertThat(pages.hall().api.get("/api/v1/tickets/" + id, null).json().get("status").asText()).isEqualTo("WAITING");

        kiosk.find("#rate-code").sendKeys("A001", Keys.ENTER);
        kiosk.awaitText("#rate-error", "请扫描号票上的二维码", A_WHILE);
    }

    private Browser.Window openKiosk() {
        Browser.Window kiosk = pages.open("/kiosk?token=demo-kiosk", 1080, 1920);
        kiosk.awaitText("[data-service=A]", "综合业务", A_WHILE);
        return kiosk;
    }

    /** A ticket of service C, called and finished at counter 5. */
    private static String servedTicket() {
        String id = pages.hall().api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}").json().get("id").asText();
        String staff = pages.hall().api.login("1005");
        pages.hall().api.post("/api/v1/counters/5/open", staff, null);
        pages.hall().api.post("/api/v1/counters/5/call-next", staff, null);
        pages.hall().api.post("/api/v1/counters/5/finish", staff, null);
        assertThat(pages.hall().api.get("/api/v1/tickets/" + id, null).json().get("status").asText()).isEqualTo("DONE");
        return id;
    }

    private static JsonNode evaluationOf(String id) {
        String manager = pages.hall().api.login("9001");
        JsonNode all = pages.hall().api.get("/api/v1/evaluations", manager).json().get("evaluations");
        assertThat(all).hasSize(1);
        return all.get(0);
    }
}
