package com.hallqueue.display;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.client.HallClient;
import com.hallqueue.hardware.link.Links;
import com.hallqueue.hardware.link.SerialSettings;
import com.hallqueue.hardware.testing.Socat;
import com.hallqueue.printer.Eventually;
import com.hallqueue.server.testing.RunningHall;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A manager's emergency broadcast through the gateway over a real serial pair, read back by the
 * decoders written apart from the encoders: every strip and the board show it, red and
 * scrolling, the voice plays its recording from the server once; cleared, the strips show the
 * calls again; a gateway that connects while one is up shows and says it too.
 */
class GatewayBroadcastTest {

    private static final Duration SOON = Duration.ofSeconds(15);
    private static final int BOARD = 20;
    private static final String TEXT = "请从东门撤离 <b>exit east</b>";

    @TempDir
    Path dir;

    @Test
    void aBroadcastTakesEveryStripAndTheBoardAndIsSpokenUntilItIsCleared() throws Exception {
        try (RunningHall hall = RunningHall.demo(); Socat pair = Socat.ptyPair(dir);
             LineTap line = new LineTap(Links.serial(pair.endB.toString(), SerialSettings.DEFAULT))) {
            RecordingSpeaker speaker = new RecordingSpeaker();
            Gateway gateway = gateway(hall, pair, speaker);
            gateway.start();
            Counter one = Counter.open(hall, 1, "1001");
            hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
            String called = one.callNext();
            Eventually.await("the call on counter 1", SOON, () -> lastOnbon(line, 1).equals(still(1, "\\C1请" + called + "号到1号窗口")));
            Eventually.await("the call announced", SOON, () -> speaker.played.size() == 1);

            String manager = hall.api.login("9001");
            hall.api.post("/api/v1/broadcast", manager, "{\"kind\":\"EVACUATION\",\"text\":\"" + TEXT.replace("\"", "\\\"") + "\"}");

            Eventually.await("counter 1's strip shows the broadcast", SOON, () -> lastOnbon(line, 1)
                    .equals(scrolling(1, "\\C1紧急疏散：" + TEXT)));
            Eventually.await("the board shows it", SOON, () -> lastOnbon(line, BOARD).equals(scrolling(BOARD, "\\C1紧急疏散：" + TEXT)));
            Eventually.await("the Alpha strip of counter 3 shows it in ASCII", SOON, () -> lastAlpha(line).equals(Optional.of(
                    new AlphaReader.AlphaText('Z', "03", 'A', '0', 'a', '1', "EVACUATION: <b>exit east</b>"))));
            Eventually.await("the broadcast spoken", SOON, () -> speaker.played.size() == 2);
            assertThat(speaker.played.get(1)).isEqualTo(framesOf("/voice/broadcast/zh/EVACUATION.wav"));

            hall.api.send("DELETE", "/api/v1/broadcast", manager, null);
            Eventually.await("counter 1's strip shows its call again", SOON, () -> lastOnbon(line, 1)
                    .equals(still(1, "\\C1请" + called + "号到1号窗口")));
            Eventually.await("the board shows the calls again", SOON, () -> lastOnbon(line, BOARD)
                    .equals(scrolling(BOARD, "\\C2" + called + "→1号窗口")));
            gateway.close();

            hall.api.post("/api/v1/broadcast", manager, "{\"kind\":\"SYSTEM_FAILURE\"}");
            RecordingSpeaker later = new RecordingSpeaker();
            Gateway connectsLater = gateway(hall, pair, later);
            connectsLater.start();
            Eventually.await("a gateway connecting later shows the broadcast", SOON, () -> lastOnbon(line, 1)
                    .equals(scrolling(1, "\\C1系统故障：系统故障，业务暂停办理，对不起，请稍候")));
            Eventually.await("and says it", SOON, () -> later.played.size() == 1);
            assertThat(later.played.get(0)).isEqualTo(framesOf("/voice/broadcast/zh/SYSTEM_FAILURE.wav"));
            connectsLater.close();
        }
    }

    private Gateway gateway(RunningHall hall, Socat pair, RecordingSpeaker speaker) throws java.io.IOException {
        return new Gateway(new HallClient(URI.create("http://127.0.0.1:" + hall.port() + "/"), "demo-display"),
                config(pair), speaker, dir.resolve("state"));
    }

    private static GatewayConfig config(Socat pair) {
        return new GatewayConfig(new GatewayConfig.Line(pair.endA.toString(), 9600),
                List.of(new GatewayConfig.Strip(1, 1, "onbon", 64, 16), new GatewayConfig.Strip(3, 3, "alpha", null, null)),
                new GatewayConfig.Board(BOARD, "onbon", 128, 16, 2), null, new GatewayConfig.Voice(null, "zh", true));
    }

    /** The length of the server's recording, as a speaker decodes it. */
    private static long framesOf(String resource) throws Exception {
        try (InputStream raw = RunningHall.class.getResourceAsStream(resource);
             AudioInputStream in = AudioSystem.getAudioInputStream(new java.io.BufferedInputStream(raw))) {
            return in.getFrameLength();
        }
    }

    private static Optional<AlphaReader.AlphaText> lastAlpha(LineTap line) {
        List<AlphaReader.AlphaText> texts = AlphaReader.read(OnbonReader.others(line.bytes()));
        return texts.isEmpty() ? Optional.empty() : Optional.of(texts.get(texts.size() - 1));
    }

    private static Optional<OnbonReader.OnbonText> lastOnbon(LineTap line, int address) {
        return OnbonReader.read(line.bytes()).stream().filter(t -> t.address() == address)
                .reduce((before, after) -> after);
    }

    private static Optional<OnbonReader.OnbonText> scrolling(int address, String text) {
        return Optional.of(new OnbonReader.OnbonText(address, 3, text));
    }

    private static Optional<OnbonReader.OnbonText> still(int address, String text) {
        return Optional.of(new OnbonReader.OnbonText(address, 1, text));
    }
}
