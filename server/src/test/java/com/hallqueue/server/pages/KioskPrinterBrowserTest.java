package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.HallInChromium;
import com.hallqueue.server.testing.RunningHall;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The kiosk when its printer is out of paper: told by the printer agent through the server,
 * it warns on its menu, and an issued number stays on screen with 请记住您的号码 so nobody
 * leaves without a number.
 */
class KioskPrinterBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(10);

    @RegisterExtension
    static final HallInChromium pages = HallInChromium.demo();

    @Test
    void aKioskWhosePrinterIsOutOfPaperKeepsTheNumberOnScreen() {
        RunningHall hall = pages.hall();
        Browser.Window kiosk = pages.open("/kiosk?token=demo-kiosk", 1080, 1920);
        kiosk.awaitText("[data-service=A]", "综合业务", A_WHILE);
        assertThat(kiosk.find("#printer-warning").isDisplayed()).isFalse();

        assertThat(hall.api.post("/api/v1/printers/K1/status", "demo-printer", "{\"status\":\"PAPER_OUT\"}").status())
                .isEqualTo(200);
        kiosk.await(A_WHILE, d -> d.findElement(By.id("printer-warning")).isDisplayed());
        assertThat(kiosk.text("#printer-warning")).contains("请记住屏幕上的号码");

        kiosk.find("[data-service=A]").click();
        kiosk.await(A_WHILE, d -> "issued".equals(d.findElement(By.tagName("body")).getDomAttribute("data-screen")));
        kiosk.await(A_WHILE, d -> d.findElement(By.id("remember")).isDisplayed());
        assertThat(kiosk.text("#remember")).isEqualTo("请记住您的号码");
        assertThat(kiosk.text("#number")).isEqualTo("A001");
        kiosk.screenshot("kiosk-paper-out");
    }
}
