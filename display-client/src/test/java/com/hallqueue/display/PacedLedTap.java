package com.hallqueue.display;

import com.hallqueue.hardware.link.DeviceLink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The far end of the LED line for the bench: every Onbon frame the gateway sends, with the
 * moment its last byte would reach the strips on a line of the bench's baud (the pty itself
 * has no speed, so the bytes are replayed on a clock: each character takes 10 bits' time,
 * and a character cannot start before the one ahead of it has ended).
 */
final class PacedLedTap implements AutoCloseable {

    /** One frame off the line: the screen address, its text, and when its last byte arrived. */
    record Frame(int address, String text, long arrivedNanos) {
    }

    private static final int PREAMBLE = 8;

    private final DeviceLink link;
    private final long characterNanos;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final List<Frame> frames = new ArrayList<>();
    private final Thread reader;
    private long lineFreeAt;

    PacedLedTap(DeviceLink link, int baud) {
        this.link = link;
        this.characterNanos = 10_000_000_000L / baud;
        this.reader = new Thread(this::run, "paced-led-tap");
        reader.setDaemon(true);
        reader.start();
    }

    private void run() {
        byte[] chunk = new byte[2048];
        try {
            while (!Thread.currentThread().isInterrupted()) {
                int n = link.read(chunk, Duration.ofMillis(100));
                if (n > 0) {
                    take(Arrays.copyOf(chunk, n), System.nanoTime());
                }
            }
        } catch (IOException e) {
            // the bench closed the line
        }
    }

    /** Each byte arrives one character after the later of its own arrival and the byte before it. */
    private synchronized void take(byte[] bytes, long now) {
        long start = Math.max(now, lineFreeAt);
        for (int i = 0; i < bytes.length; i++) {
            pending.write(bytes[i]);
            if (bytes[i] == 0x5A) {
                frameEnded(start + (i + 1) * characterNanos);
            }
        }
        lineFreeAt = start + bytes.length * characterNanos;
    }

    /** 5A ends an Onbon frame: escaping keeps it out of the frame's body. */
    private void frameEnded(long arrived) {
        byte[] frame = pending.toByteArray();
        pending.reset();
        if (frame.length > PREAMBLE) {
            OnbonReader.read(frame).forEach(t -> frames.add(new Frame(t.address(), t.text(), arrived)));
        }
    }

    /** The frames from index {@code from} on, as they are now. */
    synchronized List<Frame> since(int from) {
        return List.copyOf(frames.subList(from, frames.size()));
    }

    synchronized int count() {
        return frames.size();
    }

    /** The first frame to {@code address} from index {@code from} on whose text passes {@code test}. */
    synchronized Frame find(int from, int address, Predicate<String> test) {
        for (int i = from; i < frames.size(); i++) {
            Frame f = frames.get(i);
            if (f.address() == address && test.test(f.text())) {
                return f;
            }
        }
        return null;
    }

    @Override
    public void close() {
        reader.interrupt();
        link.close();
    }
}
