package com.hallqueue.server.printing;

import java.util.Optional;

/** What a kiosk's printer agent last said about the paper, or OFFLINE when it went quiet. */
public enum PrinterState {
    OK, PAPER_NEAR_END, PAPER_OUT, OFFLINE;

    public static Optional<PrinterState> parse(String text) {
        for (PrinterState s : values()) {
            if (s.name().equals(text)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
