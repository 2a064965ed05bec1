package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.HallInChromium;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A screen opened with {@code ?token=} takes the token out of its address at once: nothing the
 * address reaches (the history, a bookmark, a Referer) carries it. The tab keeps it for a
 * reload; another tab, or the device after a restart, must be given it again.
 */
class TokenInAddressBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(10);
    @RegisterExtension
    static final HallInChromium pages = HallInChromium.demo();

    @Test
    void theKioskTakesItsTokenOutOfTheAddressAndKeepsItForThisTabOnly() {
        Browser.Window kiosk = pages.open("/kiosk?lang=zh&token=demo-kiosk", 1080, 1920);
        kiosk.awaitText("[data-service=A]", "综合业务", A_WHILE);
        assertThat((String) kiosk.script("return location.href")).doesNotContain("demo-kiosk").contains("lang=zh");
        assertThat((String) kiosk.script("return sessionStorage.getItem('hallqueue.token.kiosk')")).isEqualTo("demo-kiosk");
        assertThat(kiosk.script("return localStorage.getItem('hallqueue.token.kiosk')")).isNull();

        kiosk.script("location.reload()");
        kiosk.awaitText("[data-service=A]", "综合业务", A_WHILE);

        Browser.Window another = pages.open("/kiosk", 1080, 1920);
        another.awaitText("#error", "?token=", A_WHILE);
    }

    @Test
    void theHallDisplayDoesTheSameAndItsPagesSendNoReferer() {
        Browser.Window display = pages.open("/display?token=demo-display", 1920, 1080);
        display.await(A_WHILE, d -> "true".equals(d.findElement(org.openqa.selenium.By.tagName("body"))
                .getDomAttribute("data-online")));
        assertThat((String) display.script("return location.href")).isEqualTo(pages.base() + "/display");
        assertThat((String) display.script("return document.referrer")).isEmpty();
        Object policy = display.script("return fetch('/display').then(r => r.headers.get('Referrer-Policy'))");
        assertThat(policy).isEqualTo("no-referrer");
    }
}
