package com.hallqueue.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.hallqueue.server.queue.HallEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A copy of every committed batch, appended to a plain file before anyone is answered.
 *
 * <p>Why: H2 writes a commit out at once only when no other store operation is running;
 * under load the newest commits can sit in its memory, and a {@code kill -9} then loses
 * changes the hall had already acknowledged. A write to a file reaches the operating
 * system at once and survives the process being killed. At start, whatever the journal
 * holds beyond the database's last event is committed again; once the database has been
 * forced to disk the journal starts afresh.
 */
public final class Journal implements AutoCloseable {

    private static final long RESET_AFTER_BYTES = 64L * 1024 * 1024;

    private final Path file;
    private final FileChannel channel;

    private Journal(Path file) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
    }

    public static Journal open(Path file) {
        try {
            return new Journal(file);
        } catch (IOException e) {
            throw new StoreException("journal " + file + ": " + e.getMessage(), null);
        }
    }

    /** One line per event; the screens' views are left out, the store does not need them. */
    public void append(List<HallEvent> batch) {
        StringBuilder lines = new StringBuilder(batch.size() * 512);
        for (HallEvent e : batch) {
            lines.append(EventCodec.encode(e)).append('\n');
        }
        ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw new StoreException("journal " + file + ": " + e.getMessage(), e);
        }
    }

    /** The events written so far; a last line cut short by a crash was never acknowledged and is skipped. */
    public List<HallEvent> read() {
        List<HallEvent> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                try {
                    out.add(EventCodec.decode(line));
                } catch (JsonProcessingException torn) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public boolean isLarge() {
        try {
            return channel.size() > RESET_AFTER_BYTES;
        } catch (IOException e) {
            return false;
        }
    }

    /** Starts afresh; only once the database holds everything on disk. */
    public void reset() {
        try {
            channel.truncate(0);
        } catch (IOException e) {
            throw new StoreException("journal " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing at shutdown; nothing is left to write
        }
    }
}
