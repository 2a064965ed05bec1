package com.hallqueue.server.http;

import java.time.Duration;

/**
 * How the server keeps its event streams honest: every connection is pinged every
 * {@code pingEvery}, whatever else is being sent, and one from which nothing at all has come
 * for {@code deadAfter} (no pong, no frame) is closed. Screens only listen, so a ping sent
 * only when the line is quiet would leave a busy hall's screens silent and get them closed.
 *
 * <p>Set with {@code -Dhallqueue.stream.pingMillis} (default 10,000) and
 * {@code -Dhallqueue.stream.deadAfterMillis} (default three pings).
 */
record StreamHeartbeat(Duration pingEvery, Duration deadAfter) {

    static final String PING_PROPERTY = "hallqueue.stream.pingMillis";
    static final String DEAD_AFTER_PROPERTY = "hallqueue.stream.deadAfterMillis";
    private static final long DEFAULT_PING_MILLIS = 10_000;
    private static final int PINGS_BEFORE_DEAD = 3;

    StreamHeartbeat {
        if (pingEvery.isNegative() || pingEvery.isZero() || deadAfter.compareTo(pingEvery) <= 0) {
            throw new IllegalArgumentException("the ping interval must be positive and shorter than the time to close: "
                    + pingEvery.toMillis() + " ms, " + deadAfter.toMillis() + " ms");
        }
    }

    /** From the system properties, where set. */
    static StreamHeartbeat configured() {
        long ping = Long.getLong(PING_PROPERTY, DEFAULT_PING_MILLIS);
        long dead = Long.getLong(DEAD_AFTER_PROPERTY, PINGS_BEFORE_DEAD * ping);
        return new StreamHeartbeat(Duration.ofMillis(ping), Duration.ofMillis(dead));
    }
}
