package com.hallqueue.server.pages;

import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.HallInChromium;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 不提前结束营业 in headless Chromium on the demo hall (open all day): counter 5 alone serves
 * inspection (C). Its close button asks for a reason while a C citizen waits; the manager's
 * desk shows the early close with the reason, as text.
 */
class EarlyCloseBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(15);

    @RegisterExtension
    static final HallInChromium pages = HallInChromium.demo();

    @Test
    void theCounterPageAsksWhyAndTheManagerSeesTheEarlyClose() {
        Browser.Window desk = pages.managerDesk(1440, 900);
        desk.awaitText("#tiles", "", A_WHILE);

        Browser.Window pad = pages.counterPad(5, "1005", 1366, 768);
        pages.hall().api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}");
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
