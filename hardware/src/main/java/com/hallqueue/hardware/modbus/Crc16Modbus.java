package com.hallqueue.hardware.modbus;

/** CRC-16/MODBUS (poly 0x8005 reflected, init FFFF); sent low byte first. */
final class Crc16Modbus {

    private static final int[] TABLE = table();

    private Crc16Modbus() {
    }

    static int of(byte[] data, int length) {
        int crc = 0xFFFF;
        for (int i = 0; i < length; i++) {
            crc = (crc >>> 8) ^ TABLE[(crc ^ data[i]) & 0xFF];
        }
        return crc;
    }

    /** True when the last two bytes are the CRC of everything before them. */
    static boolean matches(byte[] frame) {
        int n = frame.length;
        if (n < 3) {
            return false;
        }
        int crc = of(frame, n - 2);
        return (frame[n - 2] & 0xFF) == (crc & 0xFF) && (frame[n - 1] & 0xFF) == crc >>> 8;
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
