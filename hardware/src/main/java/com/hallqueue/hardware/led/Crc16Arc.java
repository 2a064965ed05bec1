package com.hallqueue.hardware.led;

import com.hallqueue.hardware.Crc16;

/** CRC-16/ARC (poly 0x8005 reflected, init 0), as the Onbon controllers check it. */
final class Crc16Arc {

    private Crc16Arc() {
    }

    static int of(byte[] data) {
        return Crc16.of(data, data.length, Crc16.ARC_START);
    }
}
