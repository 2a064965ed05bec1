package com.hallqueue.server.stats;

/** Mean, median and 90th percentile of a row's seconds; null when there are none. */
final class Figures {

    private Figures() {
    }

    static Long mean(Seconds values) {
        return values.isEmpty() ? null : Math.round((double) values.sum() / values.size());
    }

    /** The middle value; with an even count the mean of the two middle ones, rounded. */
    static Long median(Seconds values) {
        if (values.isEmpty()) {
            return null;
        }
        int[] s = values.sorted();
        int n = s.length;
        return n % 2 == 1 ? (long) s[n / 2] : Math.round(((long) s[n / 2 - 1] + s[n / 2]) / 2.0);
    }

    /** Nearest rank: the smallest value with at least 90% of the values at or below it. */
    static Long p90(Seconds values) {
        if (values.isEmpty()) {
            return null;
        }
        int[] s = values.sorted();
        return (long) s[(int) Math.ceil(0.9 * s.length) - 1];
    }
}
