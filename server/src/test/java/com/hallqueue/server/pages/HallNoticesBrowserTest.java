package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.HallInChromium;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The hall screen shows the notices managers keep, as text even when they hold markup, and always the hotline. */
class HallNoticesBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(10);
    private static final String MARKUP = "<img src=x onerror=\"document.title='pwned'\">请先取号";

    @RegisterExtension
    final HallInChromium pages = HallInChromium.demo();

    @Test
    void aNoticeWithMarkupShowsAsTextBesideTheHotlineAndComplaintNumber() {
        String manager = pages.hall().api.login("9001");
        assertThat(pages.hall().api.post("/api/v1/bulletins", manager, "{\"kind\":\"GUIDE\",\"title\":\"办事指南<i>\",\"body\":\""
                + MARKUP.replace("\"", "\\\"") + "\"}").status()).isEqualTo(201);

        Browser.Window display = pages.open("/display?token=demo-display", 1920, 1080);
        display.awaitText("#notice", MARKUP, A_WHILE);

        assertThat(display.text("#notice")).contains("办事指南<i>");
        assertThat(display.focus().findElements(By.cssSelector("#notice img, #notice i"))).isEmpty();
        assertThat(display.focus().getTitle()).doesNotContain("pwned");
        assertThat(display.text("#contacts")).contains("服务热线 12360").contains("举报投诉 12360");
        display.screenshot("display-notices");
    }
}
