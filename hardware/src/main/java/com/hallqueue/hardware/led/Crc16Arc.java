package com.hallqueue.hardware.led;

/** CRC-16/ARC (poly 0x8005 reflected, init 0), as the Onbon controllers check it. */
final class Crc16Arc {

    private static final int[] TABLE = table();

    private Crc16Arc() {
    }

    static int of(byte[] data) {
        int crc = 0;
        for (byte b : data) {
            crc = (crc >>> 8) ^ TABLE[(crc ^ b) & 0xFF];
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
