package com.hallqueue.server.access;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets by key (a kiosk, a badge, an address): up to {@code burst} at once, refilled
 * at {@code perMinute}. A refused caller is told how many seconds until the next one fits.
 */
public final class RateLimiter {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanos;

    public RateLimiter() {
        this(System::nanoTime);
    }

    RateLimiter(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** 0 when allowed (and counted); otherwise the seconds to wait. */
    public long take(String key, int perMinute, int burst) {
        return buckets.computeIfAbsent(key, k -> new Bucket(burst, nanos.getAsLong()))
                .take(perMinute, burst, nanos.getAsLong(), true);
    }

    /** Like {@link #take} but counts nothing: may {@code key} go ahead now? */
    public long waitFor(String key, int perMinute, int burst) {
        Bucket b = buckets.get(key);
        return b == null ? 0 : b.take(perMinute, burst, nanos.getAsLong(), false);
    }

    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(int burst, long now) {
            this.tokens = burst;
            this.at = now;
        }

        synchronized long take(int perMinute, int burst, long now, boolean count) {
            double perNano = perMinute / 60e9;
            tokens = Math.min(burst, tokens + (now - at) * perNano);
            at = now;
            if (tokens >= 1) {
                tokens -= count ? 1 : 0;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perNano / 1e9);
        }
    }
}
