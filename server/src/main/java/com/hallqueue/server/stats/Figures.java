package com.hallqueue.server.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Mean, median and 90th percentile of a list of seconds; null for an empty list. */
final class Figures {

    private Figures() {
    }

    static Long mean(List<Long> values) {
        return values.isEmpty() ? null
                : Math.round(values.stream().mapToLong(Long::longValue).average().orElse(0));
    }

    /** The middle value; with an even count the mean of the two middle ones, rounded. */
    static Long median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> s = sorted(values);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : Math.round((s.get(n / 2 - 1) + s.get(n / 2)) / 2.0);
    }

    /** Nearest rank: the smallest value with at least 90% of the values at or below it. */
    static Long p90(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> s = sorted(values);
        return s.get((int) Math.ceil(0.9 * s.size()) - 1);
    }

    static long sum(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }

    private static List<Long> sorted(List<Long> values) {
        List<Long> s = new ArrayList<>(values);
        Collections.sort(s);
        return s;
    }
}
