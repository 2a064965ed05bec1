package com.hallqueue.server.bench;

import java.util.Arrays;

/** Latencies in nanoseconds, summarised as a benchmark line. */
record Latencies(long[] nanos, double seconds) {

    String line(String what) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return what + ": nothing measured";
        }
        return String.format("%s: %d in %.1f s, %.0f/s, p50 %.2f ms, p99 %.2f ms", what, sorted.length, seconds,
                sorted.length / seconds, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6);
    }

    /** Median and 99th percentile only. */
    String brief(String what) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return what + " nothing measured";
        }
        return String.format("%s p50 %.2f ms, p99 %.2f ms", what, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6);
    }

    static Latencies join(long[][] parts, double seconds) {
        return new Latencies(Arrays.stream(parts).flatMapToLong(Arrays::stream).toArray(), seconds);
    }
}
