package com.hallqueue.hardware.link;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;

/** A device that records writes and can be told to fail, as if unplugged. */
final class FakeLink implements DeviceLink {

    final ByteArrayOutputStream written = new ByteArrayOutputStream();
    boolean unplugged;
    private boolean open = true;

    @Override
    public void write(byte[] bytes) throws IOException {
        if (unplugged) {
            throw new IOException("unplugged");
        }
        written.writeBytes(bytes);
    }

    @Override
    public int read(byte[] into, Duration timeout) throws IOException {
        if (unplugged) {
            throw new IOException("unplugged");
        }
        return 0;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
    }
}
