package com.hallqueue.hardware.modbus;

/** A key pressed on the call pad at bus address {@code unit}; {@code seq} is the pad's press number. */
public record PadKey(int unit, CallKey key, int seq) {
}
