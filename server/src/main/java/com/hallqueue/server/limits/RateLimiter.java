package com.hallqueue.server.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} acts per key (an address, a phone) in any {@code window}: a sliding
 * log of each key's recent acts. Thread-safe. Keys whose acts have all aged out are dropped
 * once the map grows, so a flood of addresses cannot fill memory for long.
 */
public final class RateLimiter {

    private static final int TIDY_ABOVE = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> acts = new ConcurrentHashMap<>();

    public RateLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one act of {@code key} and says yes, or says no and counts nothing. */
    public boolean tryAcquire(String key) {
        Instant now = clock.instant();
        tidy(now);
        Deque<Instant> log = acts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (log) {
            forgetOld(log, now);
            if (log.size() >= limit) {
                return false;
            }
            log.addLast(now);
            return true;
        }
    }

    /** Takes back the last act of {@code key}, for an act that did not happen after all. */
    public void release(String key) {
        Deque<Instant> log = acts.get(key);
        if (log != null) {
            synchronized (log) {
                log.pollLast();
            }
        }
    }

    /** How long until {@code key} may act again (zero when it may now). */
    public Duration retryAfter(String key) {
        Deque<Instant> log = acts.get(key);
        if (log == null) {
            return Duration.ZERO;
        }
        synchronized (log) {
            Instant now = clock.instant();
            forgetOld(log, now);
            return log.size() < limit ? Duration.ZERO : Duration.between(now, log.peekFirst().plus(window));
        }
    }

    private void forgetOld(Deque<Instant> log, Instant now) {
        Instant oldest = now.minus(window);
        while (!log.isEmpty() && !log.peekFirst().isAfter(oldest)) {
            log.pollFirst();
        }
    }

    private void tidy(Instant now) {
        if (acts.size() <= TIDY_ABOVE) {
            return;
        }
        acts.values().removeIf(log -> {
            synchronized (log) {
                forgetOld(log, now);
                return log.isEmpty();
            }
        });
    }
}
