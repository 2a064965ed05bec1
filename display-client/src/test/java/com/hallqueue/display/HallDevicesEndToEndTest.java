package com.hallqueue.display;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.client.HallClient;
import com.hallqueue.hardware.led.LedColour;
import com.hallqueue.hardware.led.LedEffect;
import com.hallqueue.hardware.led.OnbonArea;
import com.hallqueue.hardware.led.OnbonFrame;
import com.hallqueue.hardware.link.Links;
import com.hallqueue.hardware.link.SerialSettings;
import com.hallqueue.hardware.modbus.CallKey;
import com.hallqueue.hardware.testing.Socat;
import com.hallqueue.printer.Eventually;
import com.hallqueue.printer.FakePrinter;
import com.hallqueue.printer.PrintAgent;
import com.hallqueue.server.testing.EventStream;
import com.hallqueue.server.testing.RunningHall;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole hall on real kernel serial pairs: a kiosk issues, the printer agent prints on
 * one pair, a call-pad press (a j2mod slave on a second pair) calls the next number, the
 * counter's LED strip frame appears on a third pair, the call is announced, and the
 * evaluator's score becomes the rating of the ticket just served.
 */
class HallDevicesEndToEndTest {

    private static final Duration SOON = Duration.ofSeconds(15);
    private static final int PAD = 3;
    private static final int EVALUATOR = 13;
    private static final OnbonArea STRIP = OnbonArea.wholeStrip(64, 16);

    @TempDir
    Path dir;

    @Test
    void issuePrintPadCallStripVoiceAndRating() throws Exception {
        try (RunningHall hall = RunningHall.demo();
             Socat printerPair = pair("printer"); Socat padPair = pair("pads"); Socat ledPair = pair("leds");
             FakePrinter printer = new FakePrinter(Links.serial(printerPair.endB.toString(), SerialSettings.DEFAULT));
             PrintAgent agent = printerAgent(hall, printerPair);
             LineTap strip = new LineTap(Links.serial(ledPair.endB.toString(), SerialSettings.DEFAULT));
             ClipServer clips = new ClipServer();
             PadSlaves pads = PadSlaves.on(padPair, PAD, EVALUATOR)) {
            RecordingSpeaker speaker = new RecordingSpeaker();
            Gateway gateway = new Gateway(client(hall, "demo-gateway"), config(padPair, ledPair, clips), speaker,
                    dir.resolve("state"));
            gateway.start();
            agent.start();
            EventStream events = hall.api.events("demo-display");
            String staff = hall.api.login("1003");
            hall.api.post("/api/v1/counters/3/open", staff, null);

            String number = hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"B\"}").json()
                    .get("number").asText();
            Eventually.await("ticket printed", SOON, () -> printer.copiesOf(number) == 1);

            pads.press(PAD, CallKey.CALL_NEXT, 1);
            byte[] callFrame = OnbonFrame.dynamicText(3, STRIP, "请" + number + "号到3号窗口", LedColour.RED, LedEffect.HOLD);
            Eventually.await("strip frame for counter 3", SOON, () -> strip.received(callFrame));
            assertThat(events.next("ticket.called").get("ticket").get("number").asText()).isEqualTo(number);
            Eventually.await("call announced", SOON, () -> speaker.played.size() == 1);
            assertThat(clips.queries).containsExactly("number=" + number + "&counter=3&lang=zh");
            assertThat(speaker.played.get(0)).isEqualTo(3200L);

            pads.press(PAD, CallKey.FINISH, 2);
            events.next("ticket.finished");
            pads.score(EVALUATOR, 5, 1);
            assertThat(events.next("ticket.rated").get("score").asText()).isEqualTo("5");

            gateway.close();
        }
    }

    private Socat pair(String name) throws Exception {
        return Socat.ptyPair(Files.createDirectories(dir.resolve(name)));
    }

    private static HallClient client(RunningHall hall, String token) {
        return new HallClient(URI.create("http://127.0.0.1:" + hall.port() + "/"), token);
    }

    private static PrintAgent printerAgent(RunningHall hall, Socat pair) throws java.io.IOException {
        return new PrintAgent(client(hall, "demo-printer"), "K1", Links.reconnecting(() ->
                Links.serial(pair.endA.toString(), SerialSettings.DEFAULT)), true, Duration.ofMillis(300),
                pair.endA.getParent());
    }

    private static GatewayConfig config(Socat pads, Socat leds, ClipServer clips) {
        return new GatewayConfig(new GatewayConfig.Line(leds.endA.toString(), 9600),
                List.of(new GatewayConfig.Strip(3, 3, "onbon", 64, 16)), null,
                new GatewayConfig.Pads(new GatewayConfig.Line(pads.endA.toString(), 9600),
                        List.of(new GatewayConfig.PadSet(3, PAD, EVALUATOR, null, null)), 300),
                new GatewayConfig.Voice(clips.url(), "zh", true));
    }
}
