package com.hallqueue.display;

import com.hallqueue.hardware.link.DeviceLink;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The pad bus's wire for the bench: relays bytes between the gateway's end and the pads' end
 * of two pty pairs, each byte let through when it would have arrived on an RS-485 line at
 * the bench's baud (10 bits a character). Byte by byte, not chunk by chunk: a frame read in
 * two pieces must not reach the pads with a hole in the middle, which an RTU device takes
 * for the end of the frame. The line is half duplex, so both directions share one clock.
 */
final class PacedRelay implements AutoCloseable {

    private final DeviceLink master;
    private final DeviceLink pads;
    private final long characterNanos;
    private final Object line = new Object();
    private long lineFreeAt;
    private final Thread toPads;
    private final Thread toMaster;

    PacedRelay(DeviceLink master, DeviceLink pads, int baud) {
        this.master = master;
        this.pads = pads;
        this.characterNanos = 10_000_000_000L / baud;
        this.toPads = pump(master, pads, "relay-to-pads");
        this.toMaster = pump(pads, master, "relay-to-master");
    }

    private Thread pump(DeviceLink from, DeviceLink to, String name) {
        Thread t = new Thread(() -> copy(from, to), name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void copy(DeviceLink from, DeviceLink to) {
        byte[] chunk = new byte[256];
        try {
            while (!Thread.currentThread().isInterrupted()) {
                int n = from.read(chunk, Duration.ofMillis(100));
                long start = n > 0 ? onTheWire(n) : 0;
                for (int i = 0; i < n; i++) {
                    LockSupport.parkNanos(start + (i + 1) * characterNanos - System.nanoTime());
                    to.write(new byte[] {chunk[i]});
                }
            }
        } catch (IOException e) {
            // the bench closed the line
        }
    }

    /** When the first of {@code n} characters starts: now, or when the line is free; the line is then taken. */
    private long onTheWire(int n) {
        synchronized (line) {
            long start = Math.max(lineFreeAt, System.nanoTime());
            lineFreeAt = start + n * characterNanos;
            return start;
        }
    }

    @Override
    public void close() {
        toPads.interrupt();
        toMaster.interrupt();
        master.close();
        pads.close();
    }
}
