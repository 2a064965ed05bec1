package com.hallqueue.server.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The journal's record format: {@code "HQJ1"}, the payload's length, the CRC-32C of length
 * and payload (all big-endian), then the payload. A reader never trusts text lines: a
 * record is whole only when its checksum says so.
 */
final class JournalFrames {

    static final int MAGIC = 0x48514A31;
    static final int HEADER = 12;
    /** Far above any batch; a larger length can only be a damaged header. */
    static final int MAX_PAYLOAD = 64 * 1024 * 1024;

    /** The whole batches read, and where the last of them ends. */
    record Reading(List<Batch> batches, long goodEnd) {
    }

    private JournalFrames() {
    }

    static ByteBuffer frame(byte[] payload) {
        ByteBuffer frame = ByteBuffer.allocate(HEADER + payload.length);
        frame.putInt(MAGIC).putInt(payload.length).putInt(checksum(payload.length, payload, 0)).put(payload);
        return frame.flip();
    }

    static Reading read(FileChannel channel, String path) throws IOException {
        List<Batch> batches = new ArrayList<>();
        long size = channel.size();
        long at = 0;
        while (at < size) {
            byte[] payload = payloadAt(channel, at, size);
            if (payload == null) {
                refuseIfGoodRecordsFollow(channel, at, size, path);
                break;
            }
            batches.add(decode(payload, at, path));
            at += HEADER + payload.length;
        }
        return new Reading(batches, at);
    }

    /** The payload of a whole, intact record at {@code at}, or null. */
    private static byte[] payloadAt(FileChannel channel, long at, long size) throws IOException {
        if (size - at < HEADER) {
            return null;
        }
        ByteBuffer header = readFully(channel, at, HEADER);
        int magic = header.getInt();
        int length = header.getInt();
        int crc = header.getInt();
        if (magic != MAGIC || length < 0 || length > MAX_PAYLOAD || at + HEADER + length > size) {
            return null;
        }
        byte[] payload = readFully(channel, at + HEADER, length).array();
        return checksum(length, payload, 0) == crc ? payload : null;
    }

    /**
     * A bad record is a torn tail only if nothing good comes after it; otherwise the file
     * was damaged, and dropping the good records after it would lose acknowledged changes.
     */
    private static void refuseIfGoodRecordsFollow(FileChannel channel, long bad, long size, String path)
            throws IOException {
        byte[] rest = readFully(channel, bad, (int) Math.min(size - bad, Integer.MAX_VALUE - 16)).array();
        for (int i = 1; i + HEADER <= rest.length; i++) {
            if (ByteBuffer.wrap(rest, i, 4).getInt() == MAGIC && payloadAt(channel, bad + i, size) != null) {
                throw new StoreException("journal " + path + ": damaged record at byte " + bad
                        + " with good records after it (at byte " + (bad + i) + "); the file needs inspection,"
                        + " nothing was dropped", null);
            }
        }
    }

    private static Batch decode(byte[] payload, long at, String path) {
        try {
            return EventCodec.decodeBatch(payload);
        } catch (IOException | RuntimeException e) {
            throw new StoreException("journal " + path + ": record at byte " + at
                    + " is intact but cannot be read: " + e.getMessage(), e);
        }
    }

    private static int checksum(int length, byte[] payload, int offset) {
        CRC32C crc = new CRC32C();
        crc.update(ByteBuffer.allocate(4).putInt(length).flip());
        crc.update(payload, offset, payload.length - offset);
        return (int) crc.getValue();
    }

    private static ByteBuffer readFully(FileChannel channel, long at, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, at + buffer.position()) < 0) {
                break;
            }
        }
        return buffer.flip();
    }
}
