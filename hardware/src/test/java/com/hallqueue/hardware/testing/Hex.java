package com.hallqueue.hardware.testing;

import java.util.HexFormat;

/** Hex strings with spaces, as the frames are written in DESIGN.md. */
public final class Hex {

    private static final HexFormat SPACED = HexFormat.ofDelimiter(" ").withUpperCase();

    private Hex() {
    }

    public static byte[] bytes(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    public static String of(byte[] bytes) {
        return SPACED.formatHex(bytes);
    }
}
