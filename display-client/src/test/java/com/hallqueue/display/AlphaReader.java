package com.hallqueue.display;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Alpha sign frames off a line, written from the protocol's description and not from
 * the production encoder: five or more NULs, SOH, type code, two hex address digits, STX,
 * command 'A' (write text), file label, ESC, display position, mode code, an optional 1C
 * colour code, printable ASCII text, ETX, four hex digits of the 16-bit sum from STX to ETX,
 * EOT. Every byte handed to it must belong to such a frame, or the read fails; only a frame
 * still arriving at the end is left out.
 */
final class AlphaReader {

    /** One text written to a sign. */
    record AlphaText(char type, String address, char file, char position, char mode, Character colour, String text) {
    }

    private final byte[] in;
    private int at;

    private AlphaReader(byte[] in) {
        this.in = in;
    }

    static List<AlphaText> read(byte[] stream) {
        AlphaReader r = new AlphaReader(stream);
        List<AlphaText> texts = new ArrayList<>();
        while (r.at < stream.length) {
            try {
                texts.add(r.frame());
            } catch (IndexOutOfBoundsException e) {
                break; // the last frame is still on its way
            }
        }
        return texts;
    }

    private AlphaText frame() {
        int nulls = 0;
        while (in[at] == 0x00) {
            at++;
            nulls++;
        }
        check(nulls >= 5, "at least five NULs before SOH, got " + nulls);
        expect(0x01, "SOH");
        char type = (char) next();
        String address = "" + (char) next() + (char) next();
        check(address.matches("[0-9A-F]{2}"), "two hex address digits, got " + address);
        int stx = at;
        expect(0x02, "STX");
        expect('A', "write-text command");
        char file = (char) next();
        expect(0x1B, "ESC");
        char position = (char) next();
        char mode = (char) next();
        Character colour = in[at] == 0x1C ? colour() : null;
        String text = text();
        expect(0x03, "ETX");
        checksum(stx);
        expect(0x04, "EOT");
        return new AlphaText(type, address, file, position, mode, colour, text);
    }

    private Character colour() {
        at++;
        return (char) next();
    }

    private String text() {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        while (in[at] >= 0x20 && in[at] <= 0x7E) {
            text.write(in[at++]);
        }
        return text.toString(StandardCharsets.US_ASCII);
    }

    private void checksum(int stx) {
        int sum = 0;
        for (int i = stx; i < at; i++) {
            sum += in[i] & 0xFF;
        }
        String sent = new String(in, at, 4, StandardCharsets.US_ASCII);
        at += 4;
        check(Integer.parseInt(sent, 16) == (sum & 0xFFFF), "checksum " + sent + " for a sum of " + sum);
    }

    private int next() {
        return in[at++] & 0xFF;
    }

    private void expect(int b, String what) {
        check(next() == b, what + " at byte " + (at - 1));
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("not an Alpha frame: expected " + what);
        }
    }
}
