package com.hallqueue.hardware.led;

/**
 * Who an Alpha frame is for: a sign type code ('Z' = every type) and an address
 * 0..255 sent as two hex digits (0 = every sign on the line).
 */
public record AlphaSign(char type, int address) {

    public static final AlphaSign ALL = new AlphaSign('Z', 0);

    public AlphaSign {
        if (type < 0x20 || type > 0x7E) {
            throw new IllegalArgumentException("sign type must be a printable ASCII code");
        }
        if (address < 0 || address > 0xFF) {
            throw new IllegalArgumentException("sign address must be 0..255: " + address);
        }
    }
}
