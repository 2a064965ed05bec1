package com.hallqueue.server.pages;

import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.RunningHall;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * 不提前结束营业 in headless Chromium on the demo hall (open all day): counter 5 alone serves
 * inspection (C). Its close button asks for a reason while a C citizen waits; the manager's
 * desk shows the early close with the reason, as text.
 */
class EarlyCloseBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(15);

    @Test
    void theCounterPageAsksWhyAndTheManagerSeesTheEarlyClose() {
        try (RunningHall hall = RunningHall.demo(); Browser browser = new Browser()) {
            String base = "http://127.0.0.1:" + hall.port();
            Browser.Window desk = browser.open(base + "/manager", 1440, 900);
            desk.awaitText("#login", "管理人员登录", A_WHILE);
            desk.find("#badge").sendKeys("9001");
            desk.find("#password").sendKeys("demo", Keys.ENTER);
            desk.awaitText("#tiles", "", A_WHILE);

            Browser.Window pad = browser.open(base + "/counter?counter=5", 1366, 768);
            pad.awaitText("#counter-no", "5号窗口", A_WHILE);
            pad.find("#badge").sendKeys("1005");
            pad.find("#password").sendKeys("demo", Keys.ENTER);
            pad.awaitText("#where", "1005", A_WHILE);
            hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}");
            pad.awaitText("#waiting-list", "C001", A_WHILE);

            pad.find("[data-act=close]").click();
            pad.awaitText("#message", "不提前结束营业", A_WHILE);
            pad.find("#close-reason").sendKeys("<img src=x onerror=alert(1)>设备故障");
            pad.screenshot("early-close-asks-why");
            pad.find("#close-form button[type=submit]").click();
            pad.awaitText("#state", "未开窗", A_WHILE);

            desk.awaitText("#early-closes", "5号窗口", A_WHILE);
            desk.awaitText("#early-closes", "<img src=x onerror=alert(1)>设备故障", A_WHILE);
            desk.awaitText("#early-closes", "1005", A_WHILE);
            desk.screenshot("early-close-on-manager-desk");
        }
    }
}
