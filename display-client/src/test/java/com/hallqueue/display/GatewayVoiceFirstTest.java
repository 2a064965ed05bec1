package com.hallqueue.display;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.client.HallClient;
import com.hallqueue.hardware.link.DeviceLink;
import com.hallqueue.hardware.link.Links;
import com.hallqueue.hardware.link.SerialSettings;
import com.hallqueue.hardware.testing.Socat;
import com.hallqueue.printer.Eventually;
import com.hallqueue.server.testing.RunningHall;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The voice of a call starts no later than its strip lights: the order is recorded in the
 * gateway's own process, the speaker noting when it starts a clip and the far end of the
 * LED line when the call's first byte reaches it. The clips come from a server that takes
 * 100 ms to answer, so a strip written as soon as the call is heard would be ahead.
 */
class GatewayVoiceFirstTest {

    private static final Duration SOON = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    @Test
    void theVoiceOfACallStartsBeforeItsStripIsWritten() throws Exception {
        StartNoting speaker = new StartNoting();
        try (RunningHall hall = RunningHall.demo(); ClipServer clips = ClipServer.slow(100);
             Socat pair = Socat.ptyPair(dir); TimedTap line = new TimedTap(serial(pair.endB));
             Gateway gateway = gateway(hall, clips, pair, speaker)) {
            Counter three = Counter.open(hall, 3, "1003");
            hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
            line.awaitQuiet();
            long called = System.nanoTime();

            three.callNext();

            Eventually.await("the call said", SOON, () -> !speaker.starts.isEmpty());
            Eventually.await("the strip written", SOON, () -> line.firstAfter(called) != null);
            assertThat(speaker.starts.get(0)).as("the voice's start, before the strip's first byte")
                    .isLessThan(line.firstAfter(called));
        }
    }

    @Test
    void aVoiceThatCannotBeginSoonDoesNotHoldTheStripBack() throws Exception {
        StartNoting speaker = new StartNoting();
        try (RunningHall hall = RunningHall.demo(); ClipServer clips = ClipServer.slow(3_000);
             Socat pair = Socat.ptyPair(dir); TimedTap line = new TimedTap(serial(pair.endB));
             Gateway gateway = gateway(hall, clips, pair, speaker)) {
            Counter three = Counter.open(hall, 3, "1003");
            hall.api.post("/api/v1/tickets", "demo-kiosk", "{\"service\":\"A\"}");
            line.awaitQuiet();
            long called = System.nanoTime();

            three.callNext();

            Eventually.await("the strip written", SOON, () -> line.firstAfter(called) != null);
            Eventually.await("the call said in the end", SOON, () -> !speaker.starts.isEmpty());
            assertThat(line.firstAfter(called)).as("the strip, written while the clip was still on its way")
                    .isLessThan(speaker.starts.get(0));
        }
    }

    private Gateway gateway(RunningHall hall, ClipServer clips, Socat pair, Speaker speaker) throws Exception {
        GatewayConfig config = new GatewayConfig(new GatewayConfig.Line(pair.endA.toString(), 9600),
                List.of(new GatewayConfig.Strip(3, 3, "onbon", 128, 16)), null, null,
                new GatewayConfig.Voice(clips.url(), "zh", true));
        Gateway gateway = new Gateway(new HallClient(URI.create("http://127.0.0.1:" + hall.port() + "/"), "demo-display"),
                config, speaker, dir.resolve("state"));
        gateway.start();
        return gateway;
    }

    private static DeviceLink serial(Path port) throws IOException {
        return Links.serial(port.toString(), SerialSettings.DEFAULT);
    }

    /** Notes when each clip starts. */
    static final class StartNoting implements Speaker {
        final List<Long> starts = new CopyOnWriteArrayList<>();

        @Override
        public boolean play(byte[] wav) {
            starts.add(System.nanoTime());
            return true;
        }
    }

    /** The far end of the LED line: when each chunk of bytes arrived. */
    static final class TimedTap implements AutoCloseable {
        private final DeviceLink link;
        private final List<Long> arrivals = new CopyOnWriteArrayList<>();
        private final Thread reader;

        TimedTap(DeviceLink link) {
            this.link = link;
            reader = new Thread(this::run, "timed-tap");
            reader.setDaemon(true);
            reader.start();
        }

        private void run() {
            byte[] chunk = new byte[1024];
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    if (link.read(chunk, Duration.ofMillis(50)) > 0) {
                        arrivals.add(System.nanoTime());
                    }
                }
            } catch (IOException e) {
                // the test closed the line
            }
        }

        /** Until nothing has arrived for half a second: the strips drawn at the start are through. */
        void awaitQuiet() throws InterruptedException {
            long quietSince;
            do {
                Thread.sleep(100);
                quietSince = arrivals.isEmpty() ? 0 : arrivals.get(arrivals.size() - 1);
            } while (System.nanoTime() - quietSince < 500_000_000L);
        }

        Long firstAfter(long nanos) {
            return arrivals.stream().filter(t -> t > nanos).findFirst().orElse(null);
        }

        @Override
        public void close() {
            reader.interrupt();
            link.close();
        }
    }
}
