package com.hallqueue.server.staffing;

/**
 * The M/M/s queue: with offered load a = λ/μ (in counters' worth of work) and s counters,
 * the chance a citizen must wait at all, and the chance the wait is at most t.
 */
public final class ErlangC {

    private ErlangC() {
    }

    /** C(s, a), computed through the Erlang B recursion, which stays stable for large s. */
    public static double probabilityOfWaiting(int s, double a) {
        if (a <= 0) {
            return 0;
        }
        if (s <= a) {
            return 1;
        }
        double b = 1;
        for (int k = 1; k <= s; k++) {
            b = a * b / (k + a * b);
        }
        return s * b / (s - a * (1 - b));
    }

    /** P(W ≤ t) = 1 − C·e^(−(sμ − λ)t), with the mean handle time 1/μ in seconds. */
    public static double serviceLevel(int s, double a, double meanHandleSeconds, double targetSeconds) {
        if (s <= a) {
            return 0;
        }
        double mu = 1 / meanHandleSeconds;
        double lambda = a * mu;
        return 1 - probabilityOfWaiting(s, a) * Math.exp(-(s * mu - lambda) * targetSeconds);
    }

    /** The fewest counters that reach the service level, up to {@code max}; {@code max + 1} when none do. */
    public static int countersFor(double a, double meanHandleSeconds, double targetSeconds, double level, int max) {
        if (a <= 0) {
            return 0;
        }
        for (int s = Math.max(1, (int) Math.floor(a)); s <= max; s++) {
            if (serviceLevel(s, a, meanHandleSeconds, targetSeconds) >= level) {
                return s;
            }
        }
        return max + 1;
    }
}
