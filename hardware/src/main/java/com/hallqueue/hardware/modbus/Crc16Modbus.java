package com.hallqueue.hardware.modbus;

import com.hallqueue.hardware.Crc16;

/** CRC-16/MODBUS (poly 0x8005 reflected, init FFFF); sent low byte first. */
final class Crc16Modbus {

    private Crc16Modbus() {
    }

    static int of(byte[] data, int length) {
        return Crc16.of(data, length, Crc16.MODBUS_START);
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
}
