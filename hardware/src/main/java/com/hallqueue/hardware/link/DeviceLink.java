package com.hallqueue.hardware.link;

import java.io.IOException;
import java.time.Duration;

/**
 * A byte pipe to one device: a serial port, a raw TCP socket or a device file.
 *
 * <p>Codecs above this interface never know which one they talk to, so the same ticket
 * encoder or bus master runs against a kiosk printer, a network printer or a test double.
 */
public interface DeviceLink extends AutoCloseable {

    /** Sends all bytes or fails; a failed write means the link is broken. */
    void write(byte[] bytes) throws IOException;

    /**
     * Waits up to {@code timeout} for at least one byte and copies what has arrived.
     *
     * @return the number of bytes copied; 0 only when the timeout passed with nothing
     *     (a zero timeout returns only what is already waiting)
     */
    int read(byte[] into, Duration timeout) throws IOException;

    boolean isOpen();

    /** Releases the device; never throws, closing twice is harmless. */
    @Override
    void close();
}
