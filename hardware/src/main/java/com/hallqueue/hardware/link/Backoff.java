package com.hallqueue.hardware.link;

import java.time.Duration;

/** Doubling wait between reopen attempts, capped so a replugged device is found quickly. */
final class Backoff {

    private final Duration first;
    private final Duration cap;
    private Duration next;

    Backoff(Duration first, Duration cap) {
        this.first = first;
        this.cap = cap;
        this.next = first;
    }

    /** The wait before the next attempt; each call doubles the one after it. */
    Duration nextDelay() {
        Duration delay = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(cap) > 0 ? cap : doubled;
        return delay;
    }

    void reset() {
        next = first;
    }
}
