package com.hallqueue.server.desk;

/** The hall could not take or save a request just now; the client may retry (503). */
public final class DeskUnavailable extends RuntimeException {

    public DeskUnavailable(String message) {
        super(message, null, false, false);
    }
}
