package com.hallqueue.hardware.led;

import java.io.ByteArrayOutputStream;

/** Onbon byte stuffing, so A5 and 5A appear on the wire only as preamble and end. */
final class OnbonEscaping {

    private OnbonEscaping() {
    }

    static byte[] escape(byte[] packet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(packet.length + 8);
        for (byte value : packet) {
            int b = value & 0xFF;
            switch (b) {
                case 0xA5 -> out.write(new byte[] {(byte) 0xA6, 0x02}, 0, 2);
                case 0xA6 -> out.write(new byte[] {(byte) 0xA6, 0x01}, 0, 2);
                case 0x5A -> out.write(new byte[] {0x5B, 0x02}, 0, 2);
                case 0x5B -> out.write(new byte[] {0x5B, 0x01}, 0, 2);
                default -> out.write(b);
            }
        }
        return out.toByteArray();
    }
}
