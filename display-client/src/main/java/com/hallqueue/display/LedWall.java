package com.hallqueue.display;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallqueue.hardware.led.AlphaFrame;
import com.hallqueue.hardware.led.AlphaSign;
import com.hallqueue.hardware.led.LedColour;
import com.hallqueue.hardware.led.LedEffect;
import com.hallqueue.hardware.led.OnbonArea;
import com.hallqueue.hardware.led.OnbonFrame;
import com.hallqueue.hardware.link.DeviceLink;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counters' LED strips and the hall board on one serial line. The wall keeps the frame
 * last written to each strip and to the board, and writes a frame only where it differs: a
 * resync after the event stream reconnects costs nothing on the line when nothing changed,
 * and at 9600 baud every frame spared is ~0.1 s sooner for the next call. When a write
 * fails the line (and maybe the strips' power) went away, so the record is dropped and every
 * strip is drawn again as soon as a write gets through.
 */
final class LedWall implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LedWall.class);
    private static final int DEFAULT_WIDTH = 128;
    private static final int DEFAULT_HEIGHT = 16;

    private final DeviceLink line;
    private final Map<Integer, GatewayConfig.Strip> strips = new HashMap<>();
    private final GatewayConfig.Board board;
    private static final String BOARD = "board";

    private final Map<String, byte[]> wanted = new LinkedHashMap<>();
    /** What each strip and the board show when no broadcast is up: put back when it is taken down. */
    private final Map<String, byte[]> usual = new LinkedHashMap<>();
    private boolean broadcasting;
    private final Map<String, byte[]> written = new HashMap<>();

    LedWall(DeviceLink line, List<GatewayConfig.Strip> strips, GatewayConfig.Board board) {
        this.line = line;
        strips.forEach(s -> this.strips.put(s.counter(), s));
        this.board = board;
    }

    synchronized void counter(JsonNode counter) {
        GatewayConfig.Strip strip = strips.get(counter.path("number").asInt());
        if (strip == null) {
            return;
        }
        boolean alpha = "alpha".equals(strip.protocol());
        String text = alpha ? LedText.ascii(counter) : LedText.forCounter(counter);
        show("strip " + strip.counter(), frame(strip, text, alpha));
    }

    private static byte[] frame(GatewayConfig.Strip s, String text, boolean alpha) {
        LedColour colour = LedText.paused(text) ? LedColour.YELLOW : LedColour.RED;
        if (alpha) {
            return AlphaFrame.writeText(new AlphaSign('Z', s.address()), 'A', text, LedEffect.HOLD, colour);
        }
        return OnbonFrame.dynamicText(s.address(), area(s.width(), s.height()), text, colour, LedEffect.HOLD);
    }

    /** The board: the latest calls, newest first, scrolling. */
    synchronized void latestCalls(List<JsonNode> calls) {
        if (board == null) {
            return;
        }
        int max = board.calls() == null ? 4 : board.calls();
        String text = calls.stream().limit(max)
                .map(t -> t.path("number").asText() + "→" + t.path("counter").asInt() + "号窗口")
                .collect(Collectors.joining("  "));
        byte[] frame = "alpha".equals(board.protocol())
                ? AlphaFrame.writeText(new AlphaSign('Z', board.address()), 'A', text.replace("号窗口", "").replace('→', '>'),
                        LedEffect.SCROLL_LEFT, LedColour.GREEN)
                : OnbonFrame.dynamicText(board.address(), area(board.width(), board.height()), text, LedColour.GREEN,
                        LedEffect.SCROLL_LEFT);
        show(BOARD, frame);
    }

    /**
     * An emergency broadcast on every strip and the board, red and scrolling, until {@link
     * #broadcastOver}; calls and pauses meanwhile are kept for afterwards.
     */
    synchronized void broadcast(String text, String ascii) {
        broadcasting = true;
        strips.values().forEach(s -> put("strip " + s.counter(), "alpha".equals(s.protocol())
                ? AlphaFrame.writeText(new AlphaSign('Z', s.address()), 'A', ascii, LedEffect.SCROLL_LEFT, LedColour.RED)
                : OnbonFrame.dynamicText(s.address(), area(s.width(), s.height()), text, LedColour.RED,
                        LedEffect.SCROLL_LEFT)));
        if (board != null) {
            put(BOARD, "alpha".equals(board.protocol())
                    ? AlphaFrame.writeText(new AlphaSign('Z', board.address()), 'A', ascii, LedEffect.SCROLL_LEFT,
                            LedColour.RED)
                    : OnbonFrame.dynamicText(board.address(), area(board.width(), board.height()), text, LedColour.RED,
                            LedEffect.SCROLL_LEFT));
        }
    }

    /** The broadcast is down: every strip and the board show what they would have shown. */
    synchronized void broadcastOver() {
        if (broadcasting) {
            broadcasting = false;
            Map.copyOf(usual).forEach(this::put);
        }
    }

    private void show(String target, byte[] frame) {
        usual.put(target, frame);
        if (!broadcasting) {
            put(target, frame);
        }
    }

    /** Writes {@code frame} unless it is already there; then catches up on what a broken line missed. */
    private void put(String target, byte[] frame) {
        wanted.put(target, frame);
        if (write(target)) {
            for (String other : List.copyOf(wanted.keySet())) {
                if (!write(other)) {
                    return;
                }
            }
        }
    }

    private boolean write(String target) {
        byte[] frame = wanted.get(target);
        if (Arrays.equals(frame, written.get(target))) {
            return true;
        }
        if (send(frame)) {
            written.put(target, frame);
            return true;
        }
        written.clear();
        return false;
    }

    private static OnbonArea area(Integer width, Integer height) {
        return OnbonArea.wholeStrip(width == null ? DEFAULT_WIDTH : width, height == null ? DEFAULT_HEIGHT : height);
    }

    @Override
    public void close() {
        line.close();
    }

    /** A lost line is retried at the next change; the reconnecting link reopens it. */
    private boolean send(byte[] frame) {
        try {
            line.write(frame);
            return true;
        } catch (IOException e) {
            LOG.warn("LED line: {}", e.getMessage());
            return false;
        }
    }
}
