package com.hallqueue.server.retries;

import java.time.Instant;

/**
 * The first answer to a request that carried a retry key, committed with the change it
 * answered, so that a retry after a lost answer, a restart or a power cut gets it again.
 */
public record KeptAnswer(RetryKey key, int statusCode, String contentType, byte[] body, Instant at)
        implements Answer {

    /** How long a key is remembered; the contract promises 24 hours. */
    public static final java.time.Duration KEPT_FOR = java.time.Duration.ofHours(24);

    public static KeptAnswer of(RetryKey key, Answer answer, Instant at) {
        return new KeptAnswer(key, answer.statusCode(), answer.contentType(), answer.body(), at);
    }
}
