package com.hallqueue.hardware.testing;

import java.io.ByteArrayOutputStream;

/**
 * Undoes Onbon escaping (A6 02 → A5, A6 01 → A6, 5B 02 → 5A, 5B 01 → 5B), written apart
 * from the production code so tests read frames without trusting the encoder.
 */
public final class ReferenceUnescape {

    private ReferenceUnescape() {
    }

    /** The unescaped bytes of {@code wire} from {@code from} up to, not including, {@code end}. */
    public static byte[] onbon(byte[] wire, int from, int end) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = from; i < end; i++) {
            int b = wire[i] & 0xFF;
            if (b == 0xA6 || b == 0x5B) {
                out.write(wire[++i] == 0x02 ? b - 1 : b);
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }
}
