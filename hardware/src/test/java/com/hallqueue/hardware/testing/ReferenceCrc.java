package com.hallqueue.hardware.testing;

/**
 * Textbook bit-by-bit CRC-16 (reflected poly 0x8005), kept apart from the table-driven
 * production code so expected frames are never computed by the code under test.
 */
public final class ReferenceCrc {

    private ReferenceCrc() {
    }

    /** CRC-16/ARC: init 0. */
    public static int arc(byte[] data) {
        return run(0x0000, data, data.length);
    }

    /** CRC-16/MODBUS: init FFFF. */
    public static int modbus(byte[] data, int length) {
        return run(0xFFFF, data, length);
    }

    private static int run(int init, byte[] data, int length) {
        int crc = init;
        for (int i = 0; i < length; i++) {
            crc ^= data[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                boolean low = (crc & 1) == 1;
                crc >>>= 1;
                if (low) {
                    crc ^= 0xA001;
                }
            }
        }
        return crc;
    }
}
