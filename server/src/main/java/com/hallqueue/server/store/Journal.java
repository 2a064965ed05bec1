package com.hallqueue.server.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.List;
import org.h2.store.fs.FilePath;
import org.slf4j.LoggerFactory;

/**
 * The hall's write-ahead log: every batch is appended here and forced to the disk before
 * the database commits it and before anyone is answered. The H2 file is a copy that is
 * forced to the disk only now and then (a checkpoint, when the journal has grown); at
 * start, whatever the journal holds beyond the copy's last event is committed to it again.
 *
 * <p>The hall's writer appends its batches; staff logins append theirs from other threads,
 * so the file's operations take turns.
 *
 * <p>A record is framed as bytes: magic, length, CRC-32C of length and payload, payload
 * ({@link JournalFrames}). The file is opened through H2's file system layer, so a test can
 * put the journal and the database on the same simulated disk.
 */
public final class Journal implements AutoCloseable {

    private static final long ROTATE_AFTER_BYTES = 16L * 1024 * 1024;

    private final String path;
    private FileChannel channel;
    /** Where the next record goes: the end of the last whole record. */
    private long end;
    /** A failed append may have left part of a record behind, to be cut off before the next. */
    private boolean tailDirty;

    private Journal(String path, FileChannel channel, long end) {
        this.path = path;
        this.channel = channel;
        this.end = end;
    }

    /** {@code path} as H2 names files: a plain path, or with a file system prefix ({@code file:}, …). */
    public static Journal open(String path) {
        try {
            FilePath file = FilePath.get(path);
            org.h2.store.fs.FileUtils.createDirectories(file.getParent().toString());
            FileChannel channel = file.open("rw");
            return new Journal(path, channel, channel.size());
        } catch (IOException e) {
            throw new StoreException("journal " + path + ": " + e.getMessage(), e);
        }
    }

    /** Appends the batch and forces it to the disk; throws, leaving no part of it, if it cannot. */
    public synchronized void append(Batch batch) {
        ByteBuffer frame = JournalFrames.frame(EventCodec.encodeBatch(batch));
        try {
            cutDirtyTail();
            tailDirty = true;
            long at = end;
            while (frame.hasRemaining()) {
                at += channel.write(frame, at);
            }
            channel.force(false);
            end = at;
            tailDirty = false;
        } catch (IOException e) {
            cutDirtyTail();
            throw new StoreException("journal " + path + ": " + e.getMessage(), e);
        }
    }

    private void cutDirtyTail() {
        if (!tailDirty) {
            return;
        }
        try {
            channel.truncate(end);
            channel.force(false);
            tailDirty = false;
        } catch (IOException e) {
            LoggerFactory.getLogger(Journal.class).warn("journal {}: cannot yet cut off a failed write: {}", path,
                    e.getMessage());
        }
    }

    /**
     * Every whole batch, in order: those of the previous generation, then the current one's.
     * A torn last record (the write a crash interrupted, never acknowledged) is cut off; a
     * damaged record with good ones after it stops the start.
     */
    public synchronized List<Batch> read() {
        try {
            List<Batch> batches = new java.util.ArrayList<>(readPrevious());
            JournalFrames.Reading reading = JournalFrames.read(channel, path);
            if (reading.goodEnd() < channel.size()) {
                LoggerFactory.getLogger(Journal.class).warn("journal {}: cut off a torn last record of {} bytes at"
                        + " byte {}", path, channel.size() - reading.goodEnd(), reading.goodEnd());
                channel.truncate(reading.goodEnd());
                channel.force(false);
            }
            end = reading.goodEnd();
            batches.addAll(reading.batches());
            return batches;
        } catch (IOException e) {
            throw new StoreException("journal " + path + ": " + e.getMessage(), e);
        }
    }

    private List<Batch> readPrevious() throws IOException {
        FilePath previous = FilePath.get(previousPath());
        if (!previous.exists()) {
            return List.of();
        }
        try (FileChannel old = previous.open("r")) {
            return JournalFrames.read(old, previousPath()).batches();
        }
    }

    /** Room left on the journal's disk, in bytes. */
    public long freeBytes() {
        String local = path.indexOf(':') > 1 ? path.substring(path.indexOf(':') + 1) : path;
        try {
            java.nio.file.Path dir = java.nio.file.Path.of(local).toAbsolutePath().getParent();
            return java.nio.file.Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Past this size the database is checkpointed and the journal starts a new generation. */
    public synchronized boolean isLarge() {
        return end > Long.getLong("hallqueue.journal.rotateBytes", ROTATE_AFTER_BYTES);
    }

    /**
     * Starts a new generation once the database has been forced to disk: the current file
     * becomes the previous one and the one before is dropped. Two generations are kept
     * because a database's own checkpoint may not yet hold a commit it had not finished
     * writing; one checkpoint later it surely does.
     */
    public synchronized void rotate() {
        try {
            channel.force(true);
            channel.close();
            FilePath.get(path).moveTo(FilePath.get(previousPath()), true);
            channel = FilePath.get(path).open("rw");
            DirectoryForce.of(path); // the rename and the new generation's name, before a record goes in it
            end = 0;
            tailDirty = false;
        } catch (IOException e) {
            throw new StoreException("journal " + path + ": " + e.getMessage(), e);
        }
    }

    private String previousPath() {
        return path + ".previous";
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing at shutdown; nothing is left to write
        }
    }
}
