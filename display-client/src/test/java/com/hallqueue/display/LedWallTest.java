package com.hallqueue.display;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallqueue.hardware.link.DeviceLink;
import com.hallqueue.printer.Eventually;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The wall hands the line one frame at a time, when the line has about finished the one
 * before, the most urgent first: a call asked for last still goes out before the board and
 * the idle strips asked for before it.
 */
class LedWallTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BAUD = 9600;
    private static final int BOARD = 20;

    private final Line line = new Line();

    @Test
    void aCallGoesOutBeforeTheBoardAndIdleStripsAskedForBeforeIt() throws Exception {
        try (LedWall wall = new LedWall(line, BAUD, List.of(strip(1), strip(2), strip(3)),
                new GatewayConfig.Board(BOARD, "onbon", 128, 16, 2))) {
            wall.counter(idle(2));
            Eventually.await("the first frame on the free line", Duration.ofSeconds(5), () -> line.writes().size() == 1);
            wall.latestCalls(List.of(JSON.readTree("{\"number\":\"A001\",\"counter\":3}")));
            wall.counter(idle(3));
            wall.counter(calling(1, "A002"));

            Eventually.await("all four frames written", Duration.ofSeconds(5), () -> line.writes().size() == 4);
            List<String> order = new ArrayList<>();
            line.writes().forEach(w -> OnbonReader.read(w.bytes()).forEach(t -> order.add(t.address() + ":" + shown(t))));
            assertThat(order).containsExactly("2:2号窗口", "1:请A002号到1号窗口", BOARD + ":A001→3号窗口", "3:3号窗口");
        }
    }

    @Test
    void aFrameIsHandedOverOnlyWhenTheLineHasAboutFinishedTheOneBefore() throws Exception {
        try (LedWall wall = new LedWall(line, BAUD, List.of(strip(1), strip(2)), null)) {
            wall.counter(idle(1));
            wall.counter(idle(2));

            Eventually.await("both frames written", Duration.ofSeconds(5), () -> line.writes().size() == 2);
            Write first = line.writes().get(0);
            long onTheLine = first.bytes().length * 10_000_000_000L / BAUD;
            assertThat(line.writes().get(1).at() - first.at()).as("nanoseconds between the two writes")
                    .isGreaterThan(onTheLine - 5_000_000L);
        }
    }

    @Test
    void onlyTheNewestOfSeveralFramesForOneStripGoesOutAfterTheLineWasBusy() throws Exception {
        try (LedWall wall = new LedWall(line, BAUD, List.of(strip(1), strip(2)), null)) {
            wall.counter(idle(1)); // holds the line for about 70 ms
            Eventually.await("the first frame on the free line", Duration.ofSeconds(5), () -> line.writes().size() == 1);
            wall.counter(calling(2, "A001"));
            wall.counter(calling(2, "A002"));
            wall.counter(calling(2, "A003"));

            Eventually.await("two frames written", Duration.ofSeconds(5), () -> line.writes().size() >= 2);
            Thread.sleep(300);
            assertThat(line.writes()).hasSize(2);
            assertThat(shown(OnbonReader.read(line.writes().get(1).bytes()).get(0))).isEqualTo("请A003号到2号窗口");
        }
    }

    /** The text without its colour code ({@code \C1} red, {@code \C2} green). */
    private static String shown(OnbonReader.OnbonText t) {
        return t.text().replaceFirst("^\\\\C\\d", "");
    }

    private static GatewayConfig.Strip strip(int counter) {
        return new GatewayConfig.Strip(counter, counter, "onbon", 128, 16);
    }

    private static JsonNode idle(int counter) throws Exception {
        return JSON.readTree("{\"number\":" + counter + ",\"state\":\"IDLE\"}");
    }

    private static JsonNode calling(int counter, String ticket) throws Exception {
        return JSON.readTree("{\"number\":" + counter + ",\"state\":\"CALLING\",\"ticket\":{\"number\":\"" + ticket
                + "\"}}");
    }

    private record Write(byte[] bytes, long at) {
    }

    /** A line that keeps what it was handed, and when. */
    private static final class Line implements DeviceLink {
        private final List<Write> writes = new ArrayList<>();

        @Override
        public synchronized void write(byte[] bytes) {
            writes.add(new Write(bytes.clone(), System.nanoTime()));
        }

        synchronized List<Write> writes() {
            return List.copyOf(writes);
        }

        @Override
        public int read(byte[] into, Duration timeout) {
            return 0;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
        }
    }
}
