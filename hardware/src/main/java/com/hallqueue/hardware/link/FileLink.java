package com.hallqueue.hardware.link;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A device file such as /dev/usb/lp0. The Linux printer class driver gives no useful
 * read-back, so reads always return nothing and status has to come another way.
 */
final class FileLink implements DeviceLink {

    private final Path path;
    private final FileOutputStream out;

    private FileLink(Path path, FileOutputStream out) {
        this.path = path;
        this.out = out;
    }

    static FileLink open(Path path) throws IOException {
        return new FileLink(path, new FileOutputStream(path.toFile(), true));
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    @Override
    public int read(byte[] into, Duration timeout) {
        return 0;
    }

    @Override
    public boolean isOpen() {
        return out.getChannel().isOpen();
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException ignored) {
            // A printer that vanished while closing needs no further handling here.
        }
    }

    @Override
    public String toString() {
        return "FileLink[" + path + "]";
    }
}
