package com.hallqueue.server.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Password guessing slowed down without handing anyone a lock-out. Wrong passwords are counted
 * per badge and address together: after {@value #FREE_FAILURES} of them, each further try of
 * that badge from that address waits, 30 s at first and twice as long after each further
 * failure, up to a quarter of an hour; a good login clears the count. So a stranger guessing
 * badge 1003 from one machine holds up that machine only, never the badge's owner at a counter.
 */
public final class LoginThrottle {

    private static final int FREE_FAILURES = 5;
    private static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    private static final Duration LONGEST_DELAY = Duration.ofMinutes(15);
    /** Failures this old are forgotten: the count starts again. */
    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int TIDY_ABOVE = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code badge} must wait before it may be tried again from {@code address}; zero when it may now. */
    public Duration retryAfter(String badge, String address) {
        Failures f = current(key(badge, address));
        if (f == null || f.count() < FREE_FAILURES) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), f.last().plus(delay(f.count())));
        return left.isNegative() ? Duration.ZERO : left;
    }

    public void failed(String badge, String address) {
        tidy();
        Instant now = clock.instant();
        failures.compute(key(badge, address), (k, old) ->
                new Failures(old == null || isStale(old) ? 1 : old.count() + 1, now));
    }

    public void succeeded(String badge, String address) {
        failures.remove(key(badge, address));
    }

    /** The wait after {@code count} failures, {@code count} at least {@value #FREE_FAILURES}. */
    static Duration delay(int count) {
        Duration d = FIRST_DELAY.multipliedBy(1L << Math.min(count - FREE_FAILURES, 16));
        return d.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : d;
    }

    private Failures current(String key) {
        Failures f = failures.get(key);
        return f == null || isStale(f) ? null : f;
    }

    private boolean isStale(Failures f) {
        return f.last().plus(FORGET_AFTER).isBefore(clock.instant());
    }

    /** Badges are whatever a client types: drop forgotten entries once there are many. */
    private void tidy() {
        if (failures.size() > TIDY_ABOVE) {
            failures.values().removeIf(this::isStale);
        }
    }

    private static String key(String badge, String address) {
        return badge + "\n" + address;
    }
}
