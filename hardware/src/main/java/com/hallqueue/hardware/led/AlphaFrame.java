package com.hallqueue.hardware.led;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Frames for signs speaking the Alpha sign protocol:
 * <pre>
 * 00 x5 | 01 | type | address (2 hex digits) | 02 | command | data | 03 | checksum | 04
 * </pre>
 * The checksum is the 16-bit sum of every byte from 02 through 03, sent as four upper-case
 * hex digits. Write-text ('A') data is the file label, then 1B, display position '0'
 * (fill) and the mode ('b' hold, 'a' rotate), an optional 1C colour, then the text.
 * These signs know ASCII only; other characters become '?' and control bytes are dropped,
 * since they would be read as protocol codes.
 */
public final class AlphaFrame {

    private static final int SYNC_NULLS = 5;
    private static final byte SOH = 0x01;
    private static final byte STX = 0x02;
    private static final byte ETX = 0x03;
    private static final byte EOT = 0x04;
    private static final byte ESC = 0x1B;
    private static final byte COLOUR = 0x1C;
    private static final byte WRITE_TEXT = 'A';
    private static final byte FILL = '0';

    private AlphaFrame() {
    }

    /** Writes {@code text} into text file 'A' of every sign, held still, in the sign's colour. */
    public static byte[] writeText(String text) {
        return writeText(AlphaSign.ALL, 'A', text, LedEffect.HOLD, null);
    }

    /** Writes a text file; {@code colour} null keeps the sign's own default colour. */
    public static byte[] writeText(AlphaSign sign, char file, String text, LedEffect effect, LedColour colour) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(new byte[] {STX, WRITE_TEXT, (byte) file, ESC, FILL, (byte) mode(effect)});
        if (colour != null) {
            body.writeBytes(new byte[] {COLOUR, (byte) colourCode(colour)});
        }
        body.writeBytes(printable(text));
        body.write(ETX);
        return frame(sign, body.toByteArray());
    }

    private static byte[] frame(AlphaSign sign, byte[] stxToEtx) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[SYNC_NULLS]);
        out.write(SOH);
        out.write(sign.type());
        out.writeBytes(String.format("%02X", sign.address()).getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(stxToEtx);
        out.writeBytes(checksum(stxToEtx).getBytes(StandardCharsets.US_ASCII));
        out.write(EOT);
        return out.toByteArray();
    }

    static String checksum(byte[] stxToEtx) {
        int sum = 0;
        for (byte b : stxToEtx) {
            sum += b & 0xFF;
        }
        return String.format("%04X", sum & 0xFFFF);
    }

    private static int mode(LedEffect effect) {
        return effect == LedEffect.SCROLL_LEFT ? 'a' : 'b';
    }

    private static int colourCode(LedColour colour) {
        return switch (colour) {
            case RED -> '1';
            case GREEN -> '2';
            case YELLOW -> '8';
        };
    }

    private static byte[] printable(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c >= 0x20)
                .forEach(c -> clean.append(c <= 0x7E ? (char) c : '?'));
        return clean.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
