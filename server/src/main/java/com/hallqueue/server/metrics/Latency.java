package com.hallqueue.server.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/** A latency histogram of one route, with its count per status. */
final class Latency {

    private static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS.length);
    private final LongAdder total = new LongAdder();
    private final AtomicLong sumNanos = new AtomicLong();
    private final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();

    void record(int status, long nanos) {
        double seconds = nanos / 1e9;
        for (int i = 0; i < BUCKETS.length; i++) {
            if (seconds <= BUCKETS[i]) {
                counts.incrementAndGet(i);
            }
        }
        total.increment();
        sumNanos.addAndGet(nanos);
        byStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    static void renderHeader(StringBuilder out) {
        out.append("# HELP hallqueue_http_requests_total HTTP requests by route and status.\n")
                .append("# TYPE hallqueue_http_requests_total counter\n")
                .append("# HELP hallqueue_http_request_seconds HTTP request latency by route.\n")
                .append("# TYPE hallqueue_http_request_seconds histogram\n");
    }

    void render(StringBuilder out, String route) {
        String r = "route=\"" + route + "\"";
        byStatus.forEach((status, n) -> out.append("hallqueue_http_requests_total{").append(r)
                .append(",status=\"").append(status).append("\"} ").append(n.sum()).append('\n'));
        for (int i = 0; i < BUCKETS.length; i++) {
            out.append("hallqueue_http_request_seconds_bucket{").append(r).append(",le=\"").append(BUCKETS[i])
                    .append("\"} ").append(counts.get(i)).append('\n');
        }
        out.append("hallqueue_http_request_seconds_bucket{").append(r).append(",le=\"+Inf\"} ")
                .append(total.sum()).append('\n')
                .append("hallqueue_http_request_seconds_sum{").append(r).append("} ")
                .append(sumNanos.get() / 1e9).append('\n')
                .append("hallqueue_http_request_seconds_count{").append(r).append("} ")
                .append(total.sum()).append('\n');
    }
}
