package com.hallqueue.hardware;

/**
 * The CRC-16 with the reflected polynomial 0x8005, which both the Onbon strips (CRC-16/ARC,
 * start 0) and Modbus RTU (CRC-16/MODBUS, start FFFF) use; they differ only in the start.
 */
public final class Crc16 {

    public static final int ARC_START = 0;
    public static final int MODBUS_START = 0xFFFF;
    private static final int[] TABLE = table();

    private Crc16() {
    }

    /** The CRC of the first {@code length} bytes of {@code data}, from {@code start}. */
    public static int of(byte[] data, int length, int start) {
        int crc = start;
        for (int i = 0; i < length; i++) {
            crc = (crc >>> 8) ^ TABLE[(crc ^ data[i]) & 0xFF];
        }
        return crc;
    }

    private static int[] table() {
        int[] table = new int[256];
        for (int i = 0; i < 256; i++) {
            int crc = i;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
            table[i] = crc;
        }
        return table;
    }
}
