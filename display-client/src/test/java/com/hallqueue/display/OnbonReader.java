package com.hallqueue.display;

import com.hallqueue.hardware.testing.ReferenceCrc;
import com.hallqueue.hardware.testing.ReferenceUnescape;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads Onbon BX-5/BX-6 dynamic-area text frames off a line, independently of the
 * production encoder: eight A5, escaped packet, 5A; the packet unescaped, its CRC-16/ARC
 * checked with the reference CRC, then the screen address, display mode and GB2312 text
 * taken from the layout in DESIGN.md. {@link #others} is what remains between the frames.
 * A frame still arriving at the end of the stream is left out.
 */
final class OnbonReader {

    private static final int AREA = 14 + 9;

    /** A text shown on one screen: its address, display mode (1 still, 3 moving left) and text with its colour code. */
    record OnbonText(int address, int displayMode, String text) {
    }

    private OnbonReader() {
    }

    static List<OnbonText> read(byte[] stream) {
        List<OnbonText> texts = new ArrayList<>();
        int start = preamble(stream, 0);
        while (start >= 0 && end(stream, start) > 0) {
            texts.add(text(ReferenceUnescape.onbon(stream, start + 8, end(stream, start))));
            start = preamble(stream, start + 8);
        }
        return texts;
    }

    /** The bytes outside every Onbon frame, in order. */
    static byte[] others(byte[] stream) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int from = 0;
        for (int start = preamble(stream, 0); start >= 0; start = preamble(stream, from)) {
            out.write(stream, from, start - from);
            from = end(stream, start) < 0 ? stream.length : end(stream, start) + 1;
        }
        out.write(stream, from, stream.length - from);
        return out.toByteArray();
    }

    private static OnbonText text(byte[] packet) {
        int crc = ReferenceCrc.arc(Arrays.copyOf(packet, packet.length - 2));
        int sent = (packet[packet.length - 2] & 0xFF) | (packet[packet.length - 1] & 0xFF) << 8;
        if (crc != sent || (packet[14] & 0xFF) != 0xA3 || packet[15] != 0x06) {
            throw new AssertionError("not an Onbon dynamic-text frame with a good CRC");
        }
        int address = (packet[0] & 0xFF) | (packet[1] & 0xFF) << 8;
        int length = (packet[AREA + 23] & 0xFF) | (packet[AREA + 24] & 0xFF) << 8;
        String text = new String(packet, AREA + 27, length, Charset.forName("GB2312"));
        return new OnbonText(address, packet[AREA + 19], text);
    }

    private static int preamble(byte[] s, int from) {
        outer:
        for (int i = from; i + 8 <= s.length; i++) {
            for (int k = 0; k < 8; k++) {
                if ((s[i + k] & 0xFF) != 0xA5) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The frame's 5A, or -1 while it has not arrived. */
    private static int end(byte[] s, int start) {
        for (int i = start + 8; i < s.length; i++) {
            if (s[i] == 0x5A) {
                return i;
            }
        }
        return -1;
    }
}
