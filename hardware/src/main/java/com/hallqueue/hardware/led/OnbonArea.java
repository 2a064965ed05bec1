package com.hallqueue.hardware.led;

/**
 * A dynamic area on an Onbon controller, in pixels from the top-left corner. Most window
 * strips use one area covering the whole strip.
 */
public record OnbonArea(int id, int x, int y, int width, int height) {

    public OnbonArea {
        requireRange("id", id, 0, 0xFF);
        requireRange("x", x, 0, 0x7FFF);
        requireRange("y", y, 0, 0xFFFF);
        requireRange("width", width, 1, 0x7FFF);
        requireRange("height", height, 1, 0xFFFF);
    }

    public static OnbonArea wholeStrip(int width, int height) {
        return new OnbonArea(0, 0, 0, width, height);
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " out of range " + min + ".." + max + ": " + value);
        }
    }
}
