package com.hallqueue.hardware.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The handful of ESC/POS commands a ticket needs, appended in order. */
final class EscPosWriter {

    static final Charset GB18030 = Charset.forName("GB18030");

    private static final int ESC = 0x1B;
    private static final int FS = 0x1C;
    private static final int GS = 0x1D;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    EscPosWriter initialise() {
        return raw(ESC, '@');
    }

    /** FS &amp;: double-byte mode, so GB18030 text prints as Chinese, not as code page 437. */
    EscPosWriter chineseMode() {
        return raw(FS, '&');
    }

    EscPosWriter align(Align align) {
        return raw(ESC, 'a', align.code);
    }

    /** GS ! n: width factor in the high nibble, height factor in the low one, both 1..8. */
    EscPosWriter size(int width, int height) {
        return raw(GS, '!', ((width - 1) << 4) | (height - 1));
    }

    EscPosWriter line(String text) {
        out.writeBytes(text.getBytes(GB18030));
        return raw('\n');
    }

    /** Model 2, module size, error level M, store, print: the sequence kiosk printers accept. */
    EscPosWriter qrCode(String data, int moduleSize) {
        qrFunction(0x41, 0x32, 0x00);
        qrFunction(0x43, moduleSize);
        qrFunction(0x45, 0x31);
        qrFunction(0x50, concat(0x30, data.getBytes(StandardCharsets.UTF_8)));
        return qrFunction(0x51, 0x30);
    }

    /** GS V B n: feed n lines so the last text clears the blade, then cut. */
    EscPosWriter feedAndCut(int lines) {
        return raw(GS, 'V', 0x42, lines);
    }

    byte[] toBytes() {
        return out.toByteArray();
    }

    private EscPosWriter qrFunction(int function, int... parameters) {
        byte[] body = new byte[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            body[i] = (byte) parameters[i];
        }
        return qrFunction(function, body);
    }

    /** GS ( k pL pH cn fn ...: the length counts cn, fn and the parameters. */
    private EscPosWriter qrFunction(int function, byte[] parameters) {
        int length = parameters.length + 2;
        raw(GS, '(', 'k', length & 0xFF, length >> 8, 0x31, function);
        out.writeBytes(parameters);
        return this;
    }

    private static byte[] concat(int first, byte[] rest) {
        byte[] all = new byte[rest.length + 1];
        all[0] = (byte) first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private EscPosWriter raw(int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
        return this;
    }

    enum Align {
        LEFT(0), CENTRE(1), RIGHT(2);

        final int code;

        Align(int code) {
            this.code = code;
        }
    }
}
