package com.hallqueue.display;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.client.HallClient;
import com.hallqueue.hardware.link.Links;
import com.hallqueue.hardware.link.SerialSettings;
import com.hallqueue.hardware.testing.Socat;
import com.hallqueue.printer.Eventually;
import com.hallqueue.server.HallApp;
import com.hallqueue.server.testing.Halls;
import com.hallqueue.server.testing.RunningHall;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the gateway puts on the LED line, frame by frame, read back by the independent Onbon
 * decoder: a call reaches the called counter's strip before the hall board, and a gateway
 * whose server went away and came back writes only what differs from what it last wrote.
 */
class GatewayLedOrderTest {

    private static final Duration SOON = Duration.ofSeconds(15);
    private static final int BOARD = 20;

    @TempDir
    Path dir;

    @Test
    void aCallIsWrittenToTheCountersStripBeforeTheHallBoard() throws Exception {
        try (RunningHall hall = RunningHall.demo(); Socat pair = Socat.ptyPair(dir);
             LineTap line = new LineTap(Links.serial(pair.endB.toString(), SerialSettings.DEFAULT));
             Gateway gateway = gateway(hall.port(), pair)) {
            Counter three = Counter.open(hall, 3, "1003");
            issue(hall, 2);
            String first = three.callNext();
            Eventually.await("the first call on the board", SOON, () -> board(line).contains(first));
            three.finish();
            int before = frames(line).size();

            String second = three.callNext();

            Eventually.await("the second call on the board", SOON, () -> board(line).contains(second));
            List<Integer> written = addresses(frames(line).subList(before, frames(line).size()));
            assertThat(written).startsWith(3).endsWith(BOARD);
            assertThat(written.indexOf(3)).isLessThan(written.indexOf(BOARD));
        }
    }

    @Test
    void aGatewayThatReconnectsRedrawsOnlyWhatDiffersFromWhatItLastWrote() throws Exception {
        int port = freePort();
        String db = "jdbc:h2:file:" + dir.resolve("hall") + ";WRITE_DELAY=0";
        RunningHall hall = RunningHall.start(Halls.demo(), db, HallApp.PRINTER_SILENCE, port);
        try (Socat pair = Socat.ptyPair(dir);
             LineTap line = new LineTap(Links.serial(pair.endB.toString(), SerialSettings.DEFAULT));
             Gateway gateway = gateway(port, pair)) {
            Counter one = Counter.open(hall, 1, "1001");
            Counter three = Counter.open(hall, 3, "1003");
            issue(hall, 3);
            String atOne = one.callNext();
            String atThree = three.callNext();
            Eventually.await("both calls on the board", SOON,
                    () -> board(line).contains(atOne) && board(line).contains(atThree));
            Eventually.await("counter 1's strip drawn", SOON, () -> text(line, 1).contains(atOne));
            hall.close();
            int before = frames(line).size();

            hall = RunningHall.start(Halls.demo(), db, HallApp.PRINTER_SILENCE, port);
            three.finish();
            String next = three.callNext();

            Eventually.await("the next call on the board", SOON, () -> board(line).contains(next));
            // Nothing else should be written; a write of counter 1's strip would come with the same
            // snapshot, well within this half second after the board.
            Thread.sleep(500);
            // counter 3 may be seen finished (its strip back to 3号窗口) before the call, or only in the snapshot
            assertThat(addresses(frames(line).subList(before, frames(line).size())))
                    .as("counter 1's strip unchanged, so not written again")
                    .doesNotContain(1).endsWith(3, BOARD);
        } finally {
            hall.close();
        }
    }

    private Gateway gateway(int port, Socat pair) throws Exception {
        GatewayConfig config = new GatewayConfig(new GatewayConfig.Line(pair.endA.toString(), 9600),
                List.of(new GatewayConfig.Strip(1, 1, "onbon", 64, 16), new GatewayConfig.Strip(3, 3, "onbon", 64, 16)),
                new GatewayConfig.Board(BOARD, "onbon", 128, 16, 2), null, new GatewayConfig.Voice(null, "zh", false));
        Gateway gateway = new Gateway(new HallClient(URI.create("http://127.0.0.1:" + port + "/"), "demo-display"),
                config, new RecordingSpeaker(), dir.resolve("state"));
        gateway.start();
        return gateway;
    }

    private static void issue(RunningHall hall, int tickets) {
        for (int i = 0; i < tickets; i++) {
            hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
        }
    }

    private static List<OnbonReader.OnbonText> frames(LineTap line) {
        return OnbonReader.read(line.bytes());
    }

    private static List<Integer> addresses(List<OnbonReader.OnbonText> frames) {
        return frames.stream().map(OnbonReader.OnbonText::address).toList();
    }

    private static String text(LineTap line, int address) {
        return frames(line).stream().filter(t -> t.address() == address).reduce((a, b) -> b)
                .map(OnbonReader.OnbonText::text).orElse("");
    }

    private static String board(LineTap line) {
        return text(line, BOARD);
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

}
