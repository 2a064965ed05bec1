package com.hallqueue.hardware.led;

import java.io.ByteArrayOutputStream;

/** A byte buffer with the little-endian writers the Onbon frames need. */
final class Bytes {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Bytes u8(int... values) {
        for (int v : values) {
            out.write(v);
        }
        return this;
    }

    Bytes u16le(int value) {
        return u8(value & 0xFF, (value >>> 8) & 0xFF);
    }

    Bytes u32le(int value) {
        return u16le(value & 0xFFFF).u16le(value >>> 16);
    }

    Bytes bytes(byte[] values) {
        out.writeBytes(values);
        return this;
    }

    int size() {
        return out.size();
    }

    byte[] toArray() {
        return out.toByteArray();
    }
}
