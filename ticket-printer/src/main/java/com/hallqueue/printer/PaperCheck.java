package com.hallqueue.printer;

import com.hallqueue.hardware.escpos.PrinterStatus;
import com.hallqueue.hardware.link.DeviceLink;
import java.io.IOException;
import java.time.Duration;

/**
 * Asks the printer about its paper roll ({@code 10 04 04}) and reads the one-byte answer.
 * No answer, a broken link or a byte that is no status reply all mean OFFLINE: a printer
 * that cannot say it has paper is not trusted with a ticket.
 */
final class PaperCheck {

    static final Duration ANSWER_TIMEOUT = Duration.ofMillis(800);

    private PaperCheck() {
    }

    static PrinterStatus ask(DeviceLink printer) {
        try {
            drain(printer);
            printer.write(PrinterStatus.ASK_PAPER);
            byte[] reply = new byte[1];
            if (printer.read(reply, ANSWER_TIMEOUT) == 0) {
                return PrinterStatus.OFFLINE;
            }
            return PrinterStatus.fromPaperReply(reply[0]);
        } catch (IOException | IllegalArgumentException e) {
            return PrinterStatus.OFFLINE;
        }
    }

    /** Old bytes (a late answer, a power-on greeting) would be read as this answer. */
    private static void drain(DeviceLink printer) throws IOException {
        byte[] junk = new byte[64];
        while (printer.read(junk, Duration.ZERO) > 0) {
            // discard
        }
    }

    /** The server knows four states; a cover left open stops printing like any other fault. */
    static String forServer(PrinterStatus status) {
        return status == PrinterStatus.COVER_OPEN ? "OFFLINE" : status.name();
    }
}
