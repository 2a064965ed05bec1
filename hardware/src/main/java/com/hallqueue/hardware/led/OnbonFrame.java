package com.hallqueue.hardware.led;

import java.nio.charset.Charset;

/**
 * Frames for Onbon BX-5/BX-6 strip controllers, common over Chinese service windows.
 *
 * <pre>
 * A5 x8 | escaped( header 14 | data | CRC-16/ARC little-endian ) | 5A
 * header: dst addr LE(2), src addr LE(2) = 00 80, reserved(3), option, check mode,
 *         display mode, device type FE, protocol version 02, data length LE(2)
 * </pre>
 * The CRC covers header and data, before escaping. Escaping keeps the preamble and end
 * bytes unique on the wire: A5 becomes A6 02, A6 becomes A6 01, 5A becomes 5B 02 and
 * 5B becomes 5B 01.
 *
 * <p>Dynamic-area text (command group A3, command 06) writes one area that the controller
 * shows over its stored programme, so a window strip can be changed without resending
 * programmes:
 * <pre>
 * A3 06 | response 01 | process mode 00 | reserved 00 | areas to delete 00 | area count 01
 * | area length LE(2) | area:
 *   type 00, x LE(2), y LE(2), width LE(2), height LE(2)   (x and width carry 0x8000: pixels)
 *   area id, line spacing 00, run mode 00 (loop), timeout LE(2) = 0,
 *   sound 00, extension length 00, alignment 0A (centred both ways),
 *   single line (01 single / 02 multi), new line 02 (automatic),
 *   display mode (01 still / 03 move left), exit mode 00, speed, stay time,
 *   text length LE(4), text: "\C" colour digit then GB2312 text
 * </pre>
 * Backslashes are dropped from the caller's text because the controller reads them as the
 * start of an in-text command such as the colour.
 */
public final class OnbonFrame {

    static final Charset GB2312 = Charset.forName("GB2312");

    private static final int PC_ADDRESS = 0x8000;
    private static final int DEVICE_TYPE_ANY = 0xFE;
    private static final int PROTOCOL_VERSION = 0x02;
    private static final int PREAMBLE = 0xA5;
    private static final int END = 0x5A;
    private static final int REPLY_WANTED = 0x01;

    private OnbonFrame() {
    }

    /** Asks the controller to answer, to find out whether the strip is there. */
    public static byte[] ping(int screenAddress) {
        return frame(screenAddress, command(0xA2, 0x00).toArray());
    }

    /** Blanks the strip. */
    public static byte[] clear(int screenAddress) {
        return frame(screenAddress, command(0xA3, 0x10).toArray());
    }

    /** Shows {@code text} in one dynamic area, replacing what the area showed before. */
    public static byte[] dynamicText(int screenAddress, OnbonArea area, String text,
            LedColour colour, LedEffect effect) {
        byte[] areaData = OnbonAreaData.of(area, areaText(text, colour), effect);
        Bytes data = new Bytes().u8(0xA3, 0x06, REPLY_WANTED, 0x00, 0x00)
                .u8(0x00, 0x01)
                .u16le(areaData.length).bytes(areaData);
        return frame(screenAddress, data.toArray());
    }

    static byte[] areaText(String text, LedColour colour) {
        String clean = text.replace("\\", "");
        return ("\\C" + colourDigit(colour) + clean).getBytes(GB2312);
    }

    private static char colourDigit(LedColour colour) {
        return switch (colour) {
            case RED -> '1';
            case GREEN -> '2';
            case YELLOW -> '3';
        };
    }

    /** A command with no parameters: group, code, reply wanted, two reserved bytes. */
    private static Bytes command(int group, int code) {
        return new Bytes().u8(group, code, REPLY_WANTED, 0x00, 0x00);
    }

    static byte[] frame(int screenAddress, byte[] data) {
        byte[] packet = packet(screenAddress, data);
        Bytes wire = new Bytes();
        for (int i = 0; i < 8; i++) {
            wire.u8(PREAMBLE);
        }
        return wire.bytes(OnbonEscaping.escape(packet)).u8(END).toArray();
    }

    private static byte[] packet(int screenAddress, byte[] data) {
        if (screenAddress < 0 || screenAddress > 0xFFFF) {
            throw new IllegalArgumentException("screen address must fit 16 bits: " + screenAddress);
        }
        Bytes packet = new Bytes().u16le(screenAddress).u16le(PC_ADDRESS)
                .u8(0, 0, 0, 0, 0, 0)
                .u8(DEVICE_TYPE_ANY, PROTOCOL_VERSION)
                .u16le(data.length).bytes(data);
        int crc = Crc16Arc.of(packet.toArray());
        return packet.u16le(crc).toArray();
    }
}
