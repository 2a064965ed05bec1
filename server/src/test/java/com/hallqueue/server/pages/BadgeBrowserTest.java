package com.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.HallInChromium;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The 胸牌 and the duty manager in headless Chromium: the manager gives a member a title and a
 * photo (a large picture, scaled down by the desk) and names the duty manager on the Settings
 * tab; the counter screen shows the member's photo, name, 工号 and 职务 (a placeholder for a
 * member without a photo), and the hall display shows the duty manager beside the hotline.
 */
class BadgeBrowserTest {

    private static final Duration A_WHILE = Duration.ofSeconds(10);
    @TempDir
    static Path dir;
    @RegisterExtension
    static final HallInChromium pages = HallInChromium.demo();

    @Test
    void theManagerMakesTheBadgeAndNamesTheDutyManagerAndTheScreensShowThem() throws Exception {
        Browser.Window desk = settingsTab();
        desk.find("[data-title='1003']").sendKeys("二级主办");
        desk.find("[data-keep-title='1003']").click();
        desk.awaitText("#badge-said", "职务已保存", A_WHILE);
        desk.find("[data-photo-file='1003']").sendKeys(portrait().toString());
        desk.awaitText("#badge-said", "照片已保存", A_WHILE);
        desk.await(A_WHILE, d -> d.findElements(By.cssSelector("img[data-photo-of='1003']")).size() == 1);
        desk.find("#duty-name").sendKeys("李主任");
        desk.find("#duty-phone").sendKeys("分机8002", Keys.ENTER);
        desk.awaitText("#duty-now", "李主任", A_WHILE);
        desk.screenshot("manager-settings-badges");

        pages.hall().api.post("/api/v1/counters/3/open", pages.hall().api.login("1003"), null);
        pages.hall().api.post("/api/v1/counters/4/open", pages.hall().api.login("1004"), null);
        Browser.Window counter = pages.open("/display/counter/3?token=demo-display", 1024, 600);
        counter.awaitText("#staff", "1003", A_WHILE);
        counter.awaitText("#staff-title", "二级主办", A_WHILE);
        counter.await(A_WHILE, d -> ((Number) counter.script(
                "const p = document.getElementById('staff-photo'); return p.tagName === 'IMG' ? p.naturalWidth : 0"))
                .intValue() == 300);
        assertThat(((Number) counter.script("return document.getElementById('staff-photo').naturalHeight")).intValue())
                .isEqualTo(400);
        counter.screenshot("counter-display-badge");

        counter.go(pages.base() + "/display/counter/4");
        counter.awaitText("#staff", "1004", A_WHILE);
        counter.await(A_WHILE, d -> d.findElement(By.id("staff-photo")).getDomAttribute("class").contains("none"));
        assertThat(counter.focus().findElements(By.id("staff-title"))).isEmpty();
        counter.screenshot("counter-display-badge-placeholder");

        Browser.Window display = pages.open("/display?token=demo-display", 1920, 1080);
        display.awaitText("#duty", "值班主任", A_WHILE);
        display.awaitText("#duty", "李主任", A_WHILE);
        display.awaitText("#duty", "分机8002", A_WHILE);
        display.awaitText("#contacts", "12360", A_WHILE);
        display.screenshot("display-duty-manager");
    }

    /** A camera-sized 3:4 portrait, far larger than the server takes: the desk scales it down. */
    private static Path portrait() throws Exception {
        BufferedImage img = new BufferedImage(1500, 2000, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        for (int y = 0; y < 2000; y += 10) {
            g.setColor(new Color((y * 7) % 255, (y * 3) % 255, 160));
            g.fillRect(0, y, 1500, 10);
        }
        g.setColor(Color.WHITE);
        g.fillOval(500, 300, 500, 600);
        g.dispose();
        Path file = dir.resolve("portrait.png");
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    private static Browser.Window settingsTab() {
        Browser.Window desk = pages.managerDesk(1440, 1000);
        desk.await(A_WHILE, d -> d.findElement(By.id("tab-settings")).isDisplayed());
        desk.find("#tab-settings").click();
        desk.awaitText("#badges", "1003", A_WHILE);
        desk.awaitText("#duty-now", "王主任", A_WHILE);
        return desk;
    }
}
