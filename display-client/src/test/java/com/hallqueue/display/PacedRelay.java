package com.hallqueue.display;

import com.hallqueue.hardware.link.DeviceLink;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The pad bus's wire for the bench: relays bytes between the gateway's end and the pads' end
 * of two pty pairs, each chunk held back as long as its characters take on an RS-485 line
 * at the bench's baud (10 bits a character). The line is half duplex, so both directions
 * share one clock: a reply cannot overtake the end of its request.
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
                if (n > 0) {
                    LockSupport.parkNanos(onTheWire(n) - System.nanoTime());
                    to.write(java.util.Arrays.copyOf(chunk, n));
                }
            }
        } catch (IOException e) {
            // the bench closed the line
        }
    }

    /** When the last of {@code n} characters, sent now or when the line is free, has arrived. */
    private long onTheWire(int n) {
        synchronized (line) {
            lineFreeAt = Math.max(lineFreeAt, System.nanoTime()) + n * characterNanos;
            return lineFreeAt;
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
