package com.hallqueue.server.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs one loop per client on its own keep-alive connection until the time is up. */
final class Clients {

    interface Step {
        /** One request or exchange; returns false when there is nothing left to do. */
        boolean run(RawHttp http) throws Exception;
    }

    private Clients() {
    }

    static Latencies run(int port, double seconds, List<Step> steps) throws Exception {
        return run(new int[] {port}, seconds, steps);
    }

    /** As {@link #run(int, double, List)}, client {@code i} talking to {@code ports[i % ports.length]}. */
    static Latencies run(int[] ports, double seconds, List<Step> steps) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(steps.size(), r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        List<Future<long[]>> parts = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            int port = ports[i % ports.length];
            parts.add(pool.submit(() -> loop(port, end, step)));
        }
        long[][] all = new long[parts.size()][];
        for (int i = 0; i < all.length; i++) {
            all[i] = parts.get(i).get();
        }
        pool.shutdown();
        return Latencies.join(all, (System.nanoTime() - start) / 1e9);
    }

    private static long[] loop(int port, long end, Step step) throws Exception {
        long[] out = new long[1 << 20];
        int n = 0;
        try (RawHttp http = new RawHttp(port)) {
            while (System.nanoTime() < end && n < out.length) {
                long t0 = System.nanoTime();
                if (!step.run(http)) {
                    break;
                }
                out[n++] = System.nanoTime() - t0;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
