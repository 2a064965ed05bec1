package com.hallqueue.printer;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.client.HallClient;
import com.hallqueue.hardware.link.Links;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.RunningHall;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A network printer (raw TCP) that is unplugged and plugged back, and a hall server that
 * restarts: every ticket is printed exactly once all the same.
 */
class PrintAgentRecoveryTest {

    private static final Duration SOON = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    @Test
    void unpluggedPrinterAndRestartedServerLoseNoTicketAndPrintNoneTwice() throws Exception {
        String db = "jdbc:h2:file:" + dir.resolve("hall") + ";WRITE_DELAY=0";
        int hallPort = NetworkPrinter.freePort();
        int printerPort = NetworkPrinter.freePort();
        RunningHall hall = RunningHall.start(Halls.demo(), db, Duration.ofMinutes(5), hallPort);
        PrintAgent agent = new PrintAgent(new HallClient(URI.create("http://127.0.0.1:" + hallPort), "demo-printer"),
                "K1", Links.reconnecting(() -> Links.tcp("127.0.0.1", printerPort, Duration.ofSeconds(1))), true,
                Duration.ofMillis(200), dir.resolve("state"));
        agent.start();
        NetworkPrinter first = NetworkPrinter.listen(printerPort);
        String a = issue(hall);
        Eventually.await("A printed", SOON, () -> first.printer.copiesOf(a) == 1);

        first.close();
        String b = issue(hall);
        RunningHall before = hall;
        Eventually.await("the hall told the printer is offline", SOON, () -> status(before).equals("OFFLINE"));
        NetworkPrinter second = NetworkPrinter.listen(printerPort);
        Eventually.await("B printed once plugged back", SOON, () -> second.printer.copiesOf(b) == 1);

        hall.close();
        hall = RunningHall.start(Halls.demo(), db, Duration.ofMinutes(5), hallPort);
        String c = issue(hall);
        Eventually.await("C printed after the restart", SOON, () -> second.printer.copiesOf(c) == 1);
        Thread.sleep(500);
        assertThat(first.printer.tickets()).hasSize(1);
        assertThat(second.printer.tickets()).hasSize(2);

        agent.close();
        second.close();
        hall.close();
    }

    private static String issue(RunningHall hall) {
        return hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}").json().get("number").asText();
    }

    private static String status(RunningHall hall) {
        var printers = hall.api.get("/api/v1/printers", null).json();
        return printers.isEmpty() ? "" : printers.get(0).get("status").asText();
    }
}
