package com.hallqueue.server.store;

/** The database failed; the hall answers 503 and retries rather than lose or corrupt anything. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
