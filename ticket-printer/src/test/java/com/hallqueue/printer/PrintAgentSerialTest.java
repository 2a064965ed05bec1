package com.hallqueue.printer;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.client.HallClient;
import com.hallqueue.hardware.link.Links;
import com.hallqueue.hardware.link.SerialSettings;
import com.hallqueue.hardware.testing.Socat;
import com.hallqueue.server.testing.ApiClient;
import com.hallqueue.server.testing.RunningHall;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent against a real hall and a printer on the far end of a kernel serial pair. */
class PrintAgentSerialTest {

    private static final Duration SOON = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private RunningHall hall;
    private Socat pair;
    private FakePrinter printer;
    private PrintAgent agent;

    @BeforeEach
    void start() throws Exception {
        hall = RunningHall.demo();
        pair = Socat.ptyPair(dir);
        printer = new FakePrinter(Links.serial(pair.endB.toString(), SerialSettings.DEFAULT));
        HallClient client = new HallClient(URI.create("http://127.0.0.1:" + hall.port() + "/"), "demo-printer");
        agent = new PrintAgent(client, "K1", Links.reconnecting(() -> Links.serial(pair.endA.toString(),
                SerialSettings.DEFAULT)), true, Duration.ofMillis(200), dir.resolve("state"));
        agent.start();
    }

    @AfterEach
    void stop() {
        agent.close();
        printer.close();
        pair.close();
        hall.close();
    }

    @Test
    void everyTicketOfTheKioskIsPrintedOnceConfirmedAndAcceptedByNpos() throws Exception {
        List<String> numbers = List.of(issue("A"), issue("B"), issue("A"));

        Eventually.await("three tickets printed", SOON, () -> printer.tickets().size() == 3);
        Eventually.await("no job left pending", SOON, () -> pendingJobs() == 0);
        numbers.forEach(n -> assertThat(printer.copiesOf(n)).as(n).isEqualTo(1));
        assertThat(Npos.commandsOf(printer.stream(), dir)).contains("FS &", "GS (k", "GS V")
                .containsOnly("ESC @", "FS &", "ESC a", "GS !", "GS (k", "GS V");
    }

    @Test
    void outOfPaperHoldsTheTicketTellsTheHallAndPrintsItOnceThePaperIsBack() throws Exception {
        printer.paper(FakePrinter.PAPER_OUT);
        Eventually.await("PAPER_OUT reported", SOON, () -> printerStatus().equals("PAPER_OUT"));
        String number = issue("A");
        Thread.sleep(600);
        assertThat(printer.tickets()).isEmpty();
        assertThat(pendingJobs()).isEqualTo(1);

        printer.paper(FakePrinter.PAPER_NEAR_END);

        Eventually.await("printed after the roll was changed", SOON, () -> printer.copiesOf(number) == 1);
        Eventually.await("PAPER_NEAR_END reported", SOON, () -> printerStatus().equals("PAPER_NEAR_END"));
    }

    @Test
    void aReprintPrintsExactlyOneMoreCopy() throws Exception {
        ApiClient.Reply issued = hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"C\"}");
        String number = issued.json().get("number").asText();
        Eventually.await("first copy", SOON, () -> printer.copiesOf(number) == 1);
        // a reprint asked for while the copy is still pending is that same copy
        Eventually.await("first copy confirmed", SOON, () -> pendingJobs() == 0);

        hall.api.post("/api/v1/tickets/" + issued.json().get("id").asText() + "/reprint", "demo-kiosk", null);

        Eventually.await("second copy", SOON, () -> printer.copiesOf(number) == 2);
        Thread.sleep(500);
        assertThat(printer.copiesOf(number)).isEqualTo(2);
    }

    private String issue(String service) {
        return hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"" + service + "\"}")
                .json().get("number").asText();
    }

    private int pendingJobs() {
        return hall.api.get("/api/v1/printers/K1/jobs", "demo-printer").json().get("jobs").size();
    }

    private String printerStatus() {
        var printers = hall.api.get("/api/v1/printers", null).json();
        return printers.isEmpty() ? "" : printers.get(0).get("status").asText();
    }
}
