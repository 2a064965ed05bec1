package com.hallqueue.server.staff;

import java.time.Instant;

/** A member's photo for the 胸牌 on the counter screens: its type, its bytes and when it was put in. */
public record StaffPhoto(String mediaType, byte[] content, Instant changedAt) {

    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    /** Enough for a sharp head-and-shoulders photo on a counter screen; the desk scales larger ones down. */
    static final int LARGEST_BYTES = 60 * 1024;
    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /**
     * The photo {@code content} is, told by its first bytes, never by what the sender says it is:
     * anything but a JPEG or PNG is refused, so nothing else is ever served as a member's photo.
     */
    static StaffPhoto of(byte[] content, Instant at) {
        if (content == null || content.length == 0 || content.length > LARGEST_BYTES) {
            throw com.hallqueue.server.queue.Refusal.badInput("photo", "照片须为1至" + LARGEST_BYTES / 1024
                    + " KB / The photo must be 1 byte to " + LARGEST_BYTES / 1024 + " KB");
        }
        if (startsWith(content, JPEG_START)) {
            return new StaffPhoto(JPEG, content, at);
        }
        if (startsWith(content, PNG_START)) {
            return new StaffPhoto(PNG, content, at);
        }
        throw com.hallqueue.server.queue.Refusal.badInput("photo", "照片须为 JPEG 或 PNG / The photo must be a JPEG or PNG");
    }

    private static boolean startsWith(byte[] content, byte[] start) {
        if (content.length < start.length) {
            return false;
        }
        for (int i = 0; i < start.length; i++) {
            if (content[i] != start[i]) {
                return false;
            }
        }
        return true;
    }
}
