package com.hallqueue.server.stats;

import java.util.Arrays;

/**
 * Durations of one report row, in whole seconds, kept as plain ints: a year of a busy hall
 * is millions of waits, and boxed in a list they would take most of the heap. Kept whole,
 * not sampled, so the median and 90th percentile stay exact.
 */
final class Seconds {

    private int[] values = new int[16];
    private int size;

    void add(long seconds) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, seconds));
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    long sum() {
        long sum = 0;
        for (int i = 0; i < size; i++) {
            sum += values[i];
        }
        return sum;
    }

    long atMost(long limit) {
        long n = 0;
        for (int i = 0; i < size; i++) {
            n += values[i] <= limit ? 1 : 0;
        }
        return n;
    }

    /** The values in ascending order, in a copy. */
    int[] sorted() {
        int[] s = Arrays.copyOf(values, size);
        Arrays.sort(s);
        return s;
    }
}
