package com.hallqueue.display;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.client.HallClient;
import com.hallqueue.hardware.link.Links;
import com.hallqueue.hardware.link.SerialSettings;
import com.hallqueue.hardware.testing.Socat;
import com.hallqueue.printer.Eventually;
import com.hallqueue.server.testing.RunningHall;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway's LED line over a real serial pair, read back by decoders written apart from
 * the production encoders: an Onbon strip over counter 1, an Alpha strip over counter 3
 * and an Onbon hall board showing the two latest calls, scrolling.
 */
class GatewayLedLineTest {

    private static final Duration SOON = Duration.ofSeconds(15);
    private static final int BOARD = 20;

    @TempDir
    Path dir;

    @Test
    void stripsAndBoardShowCallsAndPausesByteForByte() throws Exception {
        try (RunningHall hall = RunningHall.demo(); Socat pair = Socat.ptyPair(dir);
             LineTap line = new LineTap(Links.serial(pair.endB.toString(), SerialSettings.DEFAULT))) {
            Gateway gateway = new Gateway(new HallClient(URI.create("http://127.0.0.1:" + hall.port() + "/"),
                    "demo-display"), config(pair), new RecordingSpeaker(), dir.resolve("state"));
            gateway.start();
            Counter one = Counter.open(hall, 1, "1001");
            Counter three = Counter.open(hall, 3, "1003");
            List.of(1, 2, 3).forEach(i -> hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}"));
            String first = one.callNext();
            String second = three.callNext();

            Eventually.await("alpha strip of counter 3 shows the call", SOON, () -> lastAlpha(line).equals(Optional.of(
                    new AlphaReader.AlphaText('Z', "03", 'A', '0', 'b', '1', second + " -> 3"))));
            Eventually.await("board shows both calls, newest first, scrolling", SOON, () -> lastOnbon(line, BOARD)
                    .equals(scrolling("\\C2" + second + "→3号窗口  " + first + "→1号窗口")));
            one.finish();
            String third = one.callNext();
            Eventually.await("board keeps the two latest", SOON, () -> lastOnbon(line, BOARD)
                    .equals(scrolling("\\C2" + third + "→1号窗口  " + second + "→3号窗口")));
            Eventually.await("onbon strip of counter 1 shows the call", SOON, () -> lastOnbon(line, 1)
                    .equals(still(1, "\\C1请" + third + "号到1号窗口")));

            one.finish();
            one.pause();
            three.finish();
            three.pause();

            Eventually.await("暂停服务 on counter 1", SOON, () -> lastOnbon(line, 1).equals(still(1, "\\C3暂停服务")));
            Eventually.await("PAUSED on counter 3", SOON, () -> lastAlpha(line).equals(Optional.of(
                    new AlphaReader.AlphaText('Z', "03", 'A', '0', 'b', '8', "PAUSED"))));
            gateway.close();
        }
    }

    private static GatewayConfig config(Socat pair) {
        return new GatewayConfig(new GatewayConfig.Line(pair.endA.toString(), 9600),
                List.of(new GatewayConfig.Strip(1, 1, "onbon", 64, 16), new GatewayConfig.Strip(3, 3, "alpha", null, null)),
                new GatewayConfig.Board(BOARD, "onbon", 128, 16, 2), null, new GatewayConfig.Voice(null, "zh", false));
    }

    /** Every byte on the line that is not an Onbon frame must read as Alpha frames. */
    private static Optional<AlphaReader.AlphaText> lastAlpha(LineTap line) {
        List<AlphaReader.AlphaText> texts = AlphaReader.read(OnbonReader.others(line.bytes()));
        return texts.isEmpty() ? Optional.empty() : Optional.of(texts.get(texts.size() - 1));
    }

    private static Optional<OnbonReader.OnbonText> lastOnbon(LineTap line, int address) {
        return OnbonReader.read(line.bytes()).stream().filter(t -> t.address() == address)
                .reduce((before, after) -> after);
    }

    private static Optional<OnbonReader.OnbonText> scrolling(String text) {
        return Optional.of(new OnbonReader.OnbonText(BOARD, 3, text));
    }

    private static Optional<OnbonReader.OnbonText> still(int address, String text) {
        return Optional.of(new OnbonReader.OnbonText(address, 1, text));
    }
}
