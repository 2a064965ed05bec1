package com.hallqueue.server.notify;

import java.time.Duration;

/**
 * When a failed message is tried again: the first retry after {@code first}, each later one
 * after twice the wait before, never more than an hour; after {@code attempts} attempts the
 * outbox gives up and records it.
 */
record Backoff(Duration first, int attempts) {

    private static final Duration LONGEST = Duration.ofHours(1);

    /** The wait after attempt {@code made} (1 for the first) failed. */
    Duration after(int made) {
        Duration wait = first;
        for (int i = 1; i < made && wait.compareTo(LONGEST) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }

    boolean givesUpAfter(int made) {
        return made >= attempts;
    }
}
