package com.hallqueue.server.queue;

/** A forecast wait in seconds, with the range it will most likely fall in. */
public record Estimate(long seconds, long lowSeconds, long highSeconds) {

    public static Estimate exactly(long seconds) {
        return new Estimate(seconds, seconds, seconds);
    }
}
