package com.hallqueue.hardware.led;

/** The area record inside an Onbon dynamic-area command; layout in {@link OnbonFrame}. */
final class OnbonAreaData {

    /** Set on x and width to give them in pixels; without it they count 8-pixel columns. */
    static final int PIXEL_UNITS = 0x8000;
    static final int CENTRED = 0x0A;
    static final int SPEED = 1;
    static final int STAY_TIME = 10;

    private OnbonAreaData() {
    }

    static byte[] of(OnbonArea area, byte[] text, LedEffect effect) {
        Bytes data = new Bytes().u8(0x00)
                .u16le(area.x() | PIXEL_UNITS).u16le(area.y())
                .u16le(area.width() | PIXEL_UNITS).u16le(area.height())
                .u8(area.id(), 0x00, 0x00).u16le(0)
                .u8(0x00, 0x00, CENTRED);
        data.u8(singleLine(effect), 0x02, displayMode(effect), 0x00, SPEED, STAY_TIME);
        return data.u32le(text.length).bytes(text).toArray();
    }

    /** A scrolling text must stay on one line; held text may wrap to fill the area. */
    private static int singleLine(LedEffect effect) {
        return effect == LedEffect.SCROLL_LEFT ? 0x01 : 0x02;
    }

    private static int displayMode(LedEffect effect) {
        return effect == LedEffect.SCROLL_LEFT ? 0x03 : 0x01;
    }
}
