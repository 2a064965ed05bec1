package com.hallqueue.hardware.escpos;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict reader of ESC/POS streams for tests: it knows only the commands a ticket may
 * use, with their parameter lengths from the command reference, and fails on anything else.
 * Text bytes (printable or GB18030 double-byte) and line feeds are skipped.
 */
final class EscPosStream {

    private EscPosStream() {
    }

    static List<String> commandsIn(byte[] stream) {
        List<String> commands = new ArrayList<>();
        int i = 0;
        while (i < stream.length) {
            int b = stream[i] & 0xFF;
            if (b >= 0x20 || b == 0x0A) {
                i++;
                continue;
            }
            int length = commandLength(stream, i);
            commands.add(name(stream, i));
            i += length;
        }
        return commands;
    }

    private static int commandLength(byte[] s, int i) {
        String name = name(s, i);
        return switch (name) {
            case "ESC @", "FS &" -> 2;
            case "ESC a", "GS !" -> 3;
            case "GS V" -> 4;
            case "GS ( k" -> 5 + (s[i + 3] & 0xFF) + ((s[i + 4] & 0xFF) << 8);
            default -> throw new AssertionError("command not allowed on a ticket: " + name + " at " + i);
        };
    }

    private static String name(byte[] s, int i) {
        String prefix = switch (s[i]) {
            case 0x1B -> "ESC ";
            case 0x1C -> "FS ";
            case 0x1D -> "GS ";
            default -> throw new AssertionError(String.format("control byte %02X at %d", s[i], i));
        };
        char first = (char) s[i + 1];
        return first == '(' ? prefix + "( " + (char) s[i + 2] : prefix + first;
    }
}
