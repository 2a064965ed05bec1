package com.hallqueue.server.retries;

/** A retry key sent again with another request than the one it first came with (422). */
public final class KeyReused extends RuntimeException {

    public KeyReused() {
        super("此重试键已用于另一请求 / This Idempotency-Key was already used for a different request",
                null, false, false);
    }
}
