package com.hallqueue.server;

/** The command line was wrong; the message says how, in one line. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message, null, false, false);
    }
}
