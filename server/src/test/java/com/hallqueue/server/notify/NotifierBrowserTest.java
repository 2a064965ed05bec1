package com.hallqueue.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.RunningHall;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * 短信提醒 in Chromium: the citizen turns it on from the ticket's page (the number shown back
 * masked), the call goes out to the gateway, and the manager's desk counts it sent.
 */
class NotifierBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(15);

    @Test
    void aCitizenTurnsRemindersOnFromTheTicketsPageAndTheManagerSeesTheMessageSent() {
        try (FakeGateway gateway = new FakeGateway(Duration.ofMillis(100));
             RunningHall hall = RunningHall.start(NotifierTest.hallSendingTo(gateway.url(), 3, 2000), Clock.systemUTC());
             Browser browser = new Browser()) {
            ApiClient api = hall.api;
            String base = "http://127.0.0.1:" + hall.port();
            String id = api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}").json().get("id").asText();
            Browser.Window phone = browser.open(base + "/t/" + id, 390, 844);
            phone.awaitText("#remind", "短信提醒", A_WHILE);
            phone.find("#remind-phone").sendKeys("13800138000");
            phone.find("#remind-on-button").click();
            phone.awaitText("#remind-error", "请先勾选同意", A_WHILE);
            phone.find("#remind-agree").click();
            phone.find("#remind-on-button").click();
            phone.awaitText("#remind-on", "138****8000", A_WHILE);
            assertThat(phone.text("#remind")).doesNotContain("13800138000");
            phone.screenshot("notifier-ticket-reminder-on");

            String staff = api.login("1001");
            api.post("/api/v1/counters/1/open", staff, null);
            api.post("/api/v1/counters/1/call-next", staff, null);
            assertThat(gateway.await(l -> !l.isEmpty()).get(0).body()).contains("请A001号到1号窗口办理");

            Browser.Window desk = browser.open(base + "/manager", 1440, 1800);
            desk.find("#badge").sendKeys("9001");
            desk.find("#password").sendKeys("demo", Keys.ENTER);
            desk.awaitText("#messages-sent", "1", A_WHILE);
            desk.awaitText("#messages", "138****8000", A_WHILE);
            assertThat(desk.text("#messages")).doesNotContain("13800138000");
            desk.screenshot("notifier-manager-messages");
        }
    }
}
