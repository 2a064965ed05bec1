package com.hallqueue.server.backup;

/** A backup or restore that could not be done; the message says why, in one line. */
public final class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message, null, false, false);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
