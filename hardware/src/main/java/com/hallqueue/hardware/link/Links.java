package com.hallqueue.hardware.link;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** Opens links to devices; the one place callers need in this package. */
public final class Links {

    /** Reopen waits start here and double up to this cap. */
    public static final Duration FIRST_RETRY = Duration.ofMillis(100);
    public static final Duration MAX_RETRY = Duration.ofSeconds(5);

    /** How to (re)open a device, so a broken link can be rebuilt from scratch. */
    @FunctionalInterface
    public interface Opener {
        DeviceLink open() throws IOException;
    }

    private Links() {
    }

    /** A serial port by path, e.g. /dev/ttyUSB0 or COM3. */
    public static DeviceLink serial(String path, SerialSettings settings) throws IOException {
        return SerialLink.open(path, settings);
    }

    /** Raw TCP, e.g. a network printer on port 9100. */
    public static DeviceLink tcp(String host, int port, Duration connectTimeout) throws IOException {
        return TcpLink.connect(host, port, connectTimeout);
    }

    /** A device file opened for appending, e.g. /dev/usb/lp0; reads return nothing. */
    public static DeviceLink file(Path path) throws IOException {
        return FileLink.open(path);
    }

    /** A link that reopens itself after failures with back-off from 100 ms to 5 s. */
    public static DeviceLink reconnecting(Opener opener) {
        return reconnecting(opener, FIRST_RETRY, MAX_RETRY, Clock.systemUTC());
    }

    public static DeviceLink reconnecting(Opener opener, Duration first, Duration max, Clock clock) {
        return new ReconnectingLink(opener, first, max, clock);
    }
}
