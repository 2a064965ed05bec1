package com.hallqueue.display;

import com.hallqueue.hardware.link.DeviceLink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;

/** The far end of the LED line: keeps every byte the gateway sends, as a strip controller would receive them. */
final class LineTap implements AutoCloseable {

    private final DeviceLink link;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final Thread reader;

    LineTap(DeviceLink link) {
        this.link = link;
        reader = new Thread(this::run, "line-tap");
        reader.setDaemon(true);
        reader.start();
    }

    private void run() {
        byte[] chunk = new byte[1024];
        try {
            while (!Thread.currentThread().isInterrupted()) {
                int n = link.read(chunk, Duration.ofMillis(100));
                synchronized (received) {
                    received.write(chunk, 0, n);
                }
            }
        } catch (IOException e) {
            // the test closed the line
        }
    }

    /** Everything the line carried so far. */
    byte[] bytes() {
        synchronized (received) {
            return received.toByteArray();
        }
    }

    boolean received(byte[] frame) {
        byte[] all = bytes();
        outer:
        for (int i = 0; i + frame.length <= all.length; i++) {
            for (int k = 0; k < frame.length; k++) {
                if (all[i + k] != frame[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public void close() {
        reader.interrupt();
        try {
            reader.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        link.close();
    }
}
