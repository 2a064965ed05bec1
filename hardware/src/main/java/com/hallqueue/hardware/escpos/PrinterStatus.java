package com.hallqueue.hardware.escpos;

/**
 * What a ticket printer reports about itself, worst last, decoded from the one-byte
 * replies to the DLE EOT real-time status queries.
 *
 * <p>Every reply byte has bit 1 and bit 4 set and bits 0 and 7 clear; anything else is
 * not a status reply (a stray byte, or the printer talking about something else) and is
 * refused rather than guessed at.
 */
public enum PrinterStatus {
    OK, PAPER_NEAR_END, PAPER_OUT, COVER_OPEN, OFFLINE;

    /** DLE EOT 1: printer status (offline flag). */
    public static final byte[] ASK_PRINTER = {0x10, 0x04, 0x01};
    /** DLE EOT 2: why it is offline (cover open, paper end, error). */
    public static final byte[] ASK_OFFLINE_CAUSE = {0x10, 0x04, 0x02};
    /** DLE EOT 4: paper roll sensor. */
    public static final byte[] ASK_PAPER = {0x10, 0x04, 0x04};

    private static final int FIXED_MASK = 0x93;
    private static final int FIXED_BITS = 0x12;

    /** Reply to {@link #ASK_PRINTER}: bit 3 means offline. */
    public static PrinterStatus fromPrinterReply(int reply) {
        return bit(checked(reply), 0x08) ? OFFLINE : OK;
    }

    /** Reply to {@link #ASK_OFFLINE_CAUSE}: cover open (bit 2), stopped at paper end (bit 5), error (bit 6). */
    public static PrinterStatus fromOfflineCauseReply(int reply) {
        int b = checked(reply);
        if (bit(b, 0x04)) {
            return COVER_OPEN;
        }
        if (bit(b, 0x20)) {
            return PAPER_OUT;
        }
        return bit(b, 0x40) ? OFFLINE : OK;
    }

    /** Reply to {@link #ASK_PAPER}: bits 5–6 paper out, bits 2–3 near end. */
    public static PrinterStatus fromPaperReply(int reply) {
        int b = checked(reply);
        if (bit(b, 0x60)) {
            return PAPER_OUT;
        }
        return bit(b, 0x0C) ? PAPER_NEAR_END : OK;
    }

    /** The more serious of two readings, e.g. of the paper and the offline-cause replies. */
    public PrinterStatus worse(PrinterStatus other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** True while tickets can still be printed (near end is a warning for the staff). */
    public boolean canPrint() {
        return this == OK || this == PAPER_NEAR_END;
    }

    private static boolean bit(int reply, int mask) {
        return (reply & mask) != 0;
    }

    private static int checked(int reply) {
        int b = reply & 0xFF;
        boolean oneByte = reply >= Byte.MIN_VALUE && reply <= 0xFF;
        if (!oneByte || (b & FIXED_MASK) != FIXED_BITS) {
            throw new IllegalArgumentException(String.format("not a DLE EOT status reply: %02X", b));
        }
        return b;
    }
}
