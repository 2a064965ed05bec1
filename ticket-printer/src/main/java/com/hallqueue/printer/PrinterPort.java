package com.hallqueue.printer;

import com.hallqueue.hardware.link.DeviceLink;
import com.hallqueue.hardware.link.Links;
import com.hallqueue.hardware.link.SerialSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** Where the kiosk's printer hangs: a serial port, a raw TCP socket (port 9100) or a device file. */
sealed interface PrinterPort {

    DeviceLink open() throws IOException;

    /** Whether the printer can answer DLE EOT status queries over this port (a device file cannot). */
    boolean answersStatus();

    record Serial(String path, int baud) implements PrinterPort {
        @Override
        public DeviceLink open() throws IOException {
            return Links.serial(path, SerialSettings.DEFAULT.withBaud(baud));
        }

        @Override
        public boolean answersStatus() {
            return true;
        }
    }

    record Tcp(String host, int port) implements PrinterPort {
        @Override
        public DeviceLink open() throws IOException {
            return Links.tcp(host, port, Duration.ofSeconds(3));
        }

        @Override
        public boolean answersStatus() {
            return true;
        }
    }

    record File(Path path) implements PrinterPort {
        @Override
        public DeviceLink open() throws IOException {
            return Links.file(path);
        }

        @Override
        public boolean answersStatus() {
            return false;
        }
    }
}
