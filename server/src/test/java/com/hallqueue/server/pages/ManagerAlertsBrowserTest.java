package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.HallInChromium;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The manager's desk warns about each busy service once: the server's forecast and the hall's
 * own thresholds give their reasons on one line, not one line each.
 */
class ManagerAlertsBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(10);

    @RegisterExtension
    final HallInChromium pages = HallInChromium.demo();

    @Test
    void aServiceOverBothItsForecastAndItsThresholdsIsWarnedAboutOnce() {
        pages.hall().api.post("/api/v1/counters/3/open", pages.hall().api.login("1003"), null);
        for (int i = 0; i < 6; i++) {
            issue("B");
        }
        issue("C");
        issue("C");
        String manager = pages.hall().api.login("9001");
        assertThat(pages.hall().api.get("/api/v1/queue", manager).json().get("alerts").findValuesAsText("service"))
                .as("the server's forecast warns about both").contains("B", "C");

        Browser.Window desk = pages.managerDesk(1440, 900);
        desk.awaitText("#alerts", "C 查验业务", A_WHILE);
        desk.awaitText("#alerts", "B 报关业务", A_WHILE);

        List<String> alerts = desk.focus().findElements(By.cssSelector("#alerts .alert")).stream()
                .map(WebElement::getText).toList();
        assertThat(alerts).filteredOn(a -> a.contains("B")).singleElement().satisfies(a ->
                assertThat(a).contains("等候时间").doesNotContain("请增开").endsWith("建议增开窗口"));
        assertThat(alerts).filteredOn(a -> a.contains("C")).singleElement().satisfies(a ->
                assertThat(a).contains("有人等候但无窗口办理").endsWith("请开放窗口"));
        desk.screenshot("manager-alerts-once");
    }

    private void issue(String service) {
        assertThat(pages.hall().api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"" + service + "\"}").status())
                .isEqualTo(201);
    }
}
