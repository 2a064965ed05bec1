package com.hallqueue.display;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.client.HallClient;
import com.hallqueue.hardware.testing.Socat;
import com.hallqueue.printer.Eventually;
import com.hallqueue.server.testing.Browser;
import com.hallqueue.server.testing.RunningHall;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A call pad that stops answering is a device fault on the manager's page, with its counter
 * and since when, and is shown back in service when it answers again. The pads of counters 3
 * and 5 are a j2mod slave on a real serial pair; the gateway reports to a real hall server;
 * the manager's page is read in headless Chromium.
 */
class GatewayPadFaultsTest {

    private static final Duration SOON = Duration.ofSeconds(20);
    private static final int WAITING = 9;

    @TempDir
    Path dir;

    @Test
    void aPadThatStopsAnsweringIsAFaultOnTheManagersPageUntilItAnswersAgain() throws Exception {
        try (RunningHall hall = RunningHall.demo(); Socat pair = Socat.ptyPair(dir);
             PadSlaves pads = PadSlaves.on(pair, 3, 5); Gateway gateway = gateway(hall, pair);
             Browser browser = new Browser()) {
            hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}");
            Eventually.await("counter 5's pad told who waits", SOON, () -> pads.register(5, WAITING) == 1);
            Browser.Window desk = managersDesk(browser, hall);
            Instant unplugged = Instant.now();

            pads.unplug(5);

            Eventually.await("the fault reported", SOON, () -> faults(hall).path("faults").size() == 1);
            JsonNode fault = faults(hall).path("faults").get(0);
            assertThat(fault.path("counter").asInt()).isEqualTo(5);
            assertThat(fault.path("unit").asInt()).isEqualTo(5);
            assertThat(fault.path("role").asText()).isEqualTo("pad");
            assertThat(Instant.parse(fault.path("since").asText())).isAfter(unplugged);
            desk.awaitText("#pad-faults .pad-fault", "设备故障：5号窗口呼叫器（地址 5）", SOON);

            pads.plugIn(5);

            Eventually.await("back in service", SOON, () -> faults(hall).path("faults").isEmpty());
            assertThat(faults(hall).path("cleared").get(0).path("counter").asInt()).isEqualTo(5);
            desk.awaitText("#pad-faults .cleared", "已恢复：5号窗口呼叫器（地址 5）", SOON);
            desk.await(SOON, d -> d.findElements(By.cssSelector("#pad-faults .pad-fault")).isEmpty());
            desk.screenshot("manager-pad-back-in-service");
        }
    }

    private Gateway gateway(RunningHall hall, Socat pair) throws Exception {
        GatewayConfig config = new GatewayConfig(null, List.of(), null,
                new GatewayConfig.Pads(new GatewayConfig.Line(pair.endA.toString(), 9600), List.of(
                        new GatewayConfig.PadSet(3, 3, null, null, null),
                        new GatewayConfig.PadSet(5, 5, null, null, null)), 300),
                new GatewayConfig.Voice(null, "zh", false));
        Gateway gateway = new Gateway(new HallClient(URI.create("http://127.0.0.1:" + hall.port() + "/"),
                "demo-gateway"), config, new RecordingSpeaker(), dir.resolve("state"));
        gateway.start();
        return gateway;
    }

    private static Browser.Window managersDesk(Browser browser, RunningHall hall) {
        Browser.Window desk = browser.open("http://127.0.0.1:" + hall.port() + "/manager", 1440, 900);
        desk.awaitText("#login", "管理人员登录", SOON);
        desk.find("#badge").sendKeys("9001");
        desk.find("#password").sendKeys("demo", Keys.ENTER);
        desk.awaitText("#hall-name", "演示", SOON);
        return desk;
    }

    private static JsonNode faults(RunningHall hall) {
        return hall.api.get("/api/v1/call-pads/faults", hall.api.login("9001")).json();
    }
}
