package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.HallInChromium;
import com.hallqueue.server.testing.RunningHall;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The API reference page in Chromium: every operation of the server's own document drawn, under the pages' policy. */
class ApiDocsBrowserTest {

    @RegisterExtension
    static final HallInChromium pages = HallInChromium.demo();

    @Test
    void theReferencePageDrawsEveryOperationOfTheDocument() {
        RunningHall hall = pages.hall();
        int operations = 0;
        var paths = hall.api.get("/api/v1/openapi.json", null).json().get("paths");
        for (var it = paths.elements(); it.hasNext(); ) {
            operations += it.next().size();
        }
        Browser.Window page = pages.open("/docs", 1280, 900);
        page.awaitText("#routes", "/api/v1/tickets", Duration.ofSeconds(10));
        List<WebElement> drawn = page.focus().findElements(By.cssSelector("#routes .op"));
        assertThat(drawn).hasSize(operations);
        assertThat(page.text("[data-route='POST /api/v1/tickets']")).contains("取号", "kiosk token");
        assertThat(page.find("#error").getAttribute("class")).contains("hidden");
        page.screenshot("api-docs");
    }
}
