package com.hallqueue.display;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.client.HallClient;
import com.hallqueue.hardware.modbus.CallKey;
import com.hallqueue.hardware.testing.Socat;
import com.hallqueue.printer.Eventually;
import com.hallqueue.server.testing.RunningHall;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway and the call pads of counters 3 (services B and A) and 5 (service C), played
 * by a j2mod slave on a real serial pair: what the pads' registers receive, and what a
 * gateway restart does to a press the pad still shows.
 */
class GatewayPadsTest {

    private static final Duration SOON = Duration.ofSeconds(15);
    private static final int WAITING = 9;
    private static final int KEY_ACK = 4;

    @TempDir
    Path dir;

    private RunningHall hall;
    private Socat pair;
    private PadSlaves pads;

    @BeforeEach
    void start() throws Exception {
        hall = RunningHall.demo();
        pair = Socat.ptyPair(dir);
        pads = PadSlaves.on(pair, 3, 5);
    }

    @AfterEach
    void stop() throws InterruptedException {
        pads.close();
        pair.close();
        hall.close();
    }

    @Test
    void eachPadShowsHowManyWaitForItsCountersServices() throws Exception {
        Counter.open(hall, 3, "1003");
        try (Gateway gateway = gateway()) {
            List.of("A", "A", "B", "C").forEach(this::issue);

            Eventually.await("counter 3 (B and A): 3 waiting", SOON, () -> pads.register(3, WAITING) == 3);
            Eventually.await("counter 5 (C): 1 waiting", SOON, () -> pads.register(5, WAITING) == 1);
            pads.press(3, CallKey.CALL_NEXT, 1);
            Eventually.await("one fewer after a call", SOON, () -> pads.register(3, WAITING) == 2);
            assertThat(pads.register(5, WAITING)).isEqualTo(1);
        }
    }

    @Test
    void aPressTheGatewayActedOnBeforeARestartIsNotActedOnAgain() throws Exception {
        Counter three = Counter.open(hall, 3, "1003");
        String first = issue("A");
        String second = issue("A");
        try (Gateway gateway = gateway()) {
            pads.press(3, CallKey.CALL_NEXT, 1);
            Eventually.await("the first called", SOON, () -> status(first).equals("CALLED"));
            Eventually.await("the press acknowledged", SOON, () -> pads.register(3, KEY_ACK) == 1);
        }
        three.finish();
        pads.set(3, KEY_ACK, 0);

        try (Gateway restarted = gateway()) {
            Eventually.await("the press seen again after the restart", SOON, () -> pads.register(3, KEY_ACK) == 1);
            Thread.sleep(1000);
            assertThat(status(second)).isEqualTo("WAITING");

            pads.press(3, CallKey.CALL_NEXT, 2);
            Eventually.await("a new press calls the next", SOON, () -> status(second).equals("CALLED"));
        }
    }

    private Gateway gateway() throws IOException {
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

    /** The ticket's id. */
    private String issue(String service) {
        return hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"" + service + "\"}").json()
                .get("id").asText();
    }

    private String status(String ticketId) {
        return hall.api.get("/api/v1/tickets/" + ticketId, null).json().get("status").asText();
    }
}
