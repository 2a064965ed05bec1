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
 *
 * <p>Frames are handed to the line by a thread of the wall's own, each only when the line
 * has about finished the one before (the baud says when), and the most urgent first: a
 * called number, then the board, then the rest. Handed over at once, as they once were, a
 * call's strip queued behind whatever was written before it (the last call's board, a
 * finished counter's strip): at 9600 baud a few hundred milliseconds, where now it waits at
 * most for the one frame on the wire. A frame still waiting is replaced by a newer one for
 * the same strip, so a busy moment sends only the latest of each.
 */
final class LedWall implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LedWall.class);
    private static final int DEFAULT_WIDTH = 128;
    private static final int DEFAULT_HEIGHT = 16;

    private final DeviceLink line;
    private final Map<Integer, GatewayConfig.Strip> strips = new HashMap<>();
    private final GatewayConfig.Board board;
    private static final String BOARD = "board";

    /** Most urgent first: a call on a strip (and a broadcast), the board, then the other strips. */
    private static final int CALL = 0;
    private static final int BOARD_CALLS = 1;
    private static final int OTHER = 2;
    /** A frame goes to the port this long before the line is free, so no gap opens between frames. */
    private static final long LEAD_NANOS = 2_000_000L;
    private static final long RETRY_MILLIS = 1_000;

    /** A frame for a strip or the board, and how urgent it is. */
    private record Shown(byte[] frame, int urgency) {
    }

    private final Map<String, Shown> wanted = new LinkedHashMap<>();
    private final long characterNanos;
    private long lineFreeAt = System.nanoTime();
    private boolean closed;
    private final Thread writer = new Thread(this::writeInTurn, "led-line");
    /** What each strip and the board show when no broadcast is up: put back when it is taken down. */
    private final Map<String, Shown> usual = new LinkedHashMap<>();
    private boolean broadcasting;
    private final Map<String, byte[]> written = new HashMap<>();

    /** {@code baud}: the line's speed, 10 bits a character (8N1). */
    LedWall(DeviceLink line, int baud, List<GatewayConfig.Strip> strips, GatewayConfig.Board board) {
        this.line = line;
        this.characterNanos = 10_000_000_000L / baud;
        strips.forEach(s -> this.strips.put(s.counter(), s));
        this.board = board;
        writer.setDaemon(true);
        writer.start();
    }

    synchronized void counter(JsonNode counter) {
        GatewayConfig.Strip strip = strips.get(counter.path("number").asInt());
        if (strip == null) {
            return;
        }
        boolean alpha = "alpha".equals(strip.protocol());
        String text = alpha ? LedText.ascii(counter) : LedText.forCounter(counter);
        boolean call = LedText.calling(counter);
        show("strip " + strip.counter(), frame(strip, text, alpha), call ? CALL : OTHER);
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
        show(BOARD, frame, BOARD_CALLS);
    }

    /**
     * An emergency broadcast on every strip and the board, red and scrolling, until {@link
     * #broadcastOver}; calls and pauses meanwhile are kept for afterwards.
     */
    synchronized void broadcast(String text, String ascii) {
        broadcasting = true;
        strips.values().forEach(s -> put("strip " + s.counter(), new Shown("alpha".equals(s.protocol())
                ? AlphaFrame.writeText(new AlphaSign('Z', s.address()), 'A', ascii, LedEffect.SCROLL_LEFT, LedColour.RED)
                : OnbonFrame.dynamicText(s.address(), area(s.width(), s.height()), text, LedColour.RED,
                        LedEffect.SCROLL_LEFT), CALL)));
        if (board != null) {
            put(BOARD, new Shown("alpha".equals(board.protocol())
                    ? AlphaFrame.writeText(new AlphaSign('Z', board.address()), 'A', ascii, LedEffect.SCROLL_LEFT,
                            LedColour.RED)
                    : OnbonFrame.dynamicText(board.address(), area(board.width(), board.height()), text, LedColour.RED,
                            LedEffect.SCROLL_LEFT), CALL));
        }
    }

    /** The broadcast is down: every strip and the board show what they would have shown. */
    synchronized void broadcastOver() {
        if (broadcasting) {
            broadcasting = false;
            Map.copyOf(usual).forEach(this::put);
        }
    }

    private void show(String target, byte[] frame, int urgency) {
        Shown shown = new Shown(frame, urgency);
        usual.put(target, shown);
        if (!broadcasting) {
            put(target, shown);
        }
    }

    /** {@code shown} is to be on {@code target}: the wall's writer sends it in its turn, unless it is there already. */
    private void put(String target, Shown shown) {
        wanted.put(target, shown);
        notifyAll();
    }

    /** The writer: the most urgent frame not yet on its strip, once the line is about free. */
    private synchronized void writeInTurn() {
        while (!closed) {
            try {
                String next = nextDue();
                long early = lineFreeAt - LEAD_NANOS - System.nanoTime();
                if (next == null || early > 0) {
                    // woken by a new frame, or when the line frees: the choice is made again then
                    waitNanos(next == null ? 0 : early);
                } else if (!write(next)) {
                    waitNanos(RETRY_MILLIS * 1_000_000L);
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void waitNanos(long nanos) throws InterruptedException {
        if (nanos <= 0) {
            wait();
        } else {
            wait(nanos / 1_000_000, (int) (nanos % 1_000_000));
        }
    }

    /** Among the frames not yet shown, the most urgent; the first asked for among equals. */
    private String nextDue() {
        String best = null;
        for (Map.Entry<String, Shown> w : wanted.entrySet()) {
            if (!Arrays.equals(w.getValue().frame(), written.get(w.getKey()))
                    && (best == null || w.getValue().urgency() < wanted.get(best).urgency())) {
                best = w.getKey();
            }
        }
        return best;
    }

    private boolean write(String target) {
        byte[] frame = wanted.get(target).frame();
        if (send(frame)) {
            written.put(target, frame);
            lineFreeAt = Math.max(System.nanoTime(), lineFreeAt) + frame.length * characterNanos;
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
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            writer.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
