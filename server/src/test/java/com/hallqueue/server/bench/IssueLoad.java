package com.hallqueue.server.bench;

import com.hallqueue.server.testing.ServerProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Durable ticket issue under load: starts the real server on a fresh H2 file, then 8 kiosk
 * clients issue tickets over loopback for the given seconds. Prints rate, p50 and p99.
 * Run with {@code bench/load [SECONDS] [CLIENTS]}.
 */
public final class IssueLoad {

    private IssueLoad() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Path data = Files.createTempDirectory("hallqueue-bench");
        try (ServerProcess server = ServerProcess.start(data)) {
            String url = "http://127.0.0.1:" + server.port() + "/api/v1/tickets";
            run(url, 3, clients);
            long[] latencies = run(url, seconds, clients);
            report(latencies, seconds, clients);
        }
    }

    private static long[] run(String url, int seconds, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients, r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> parts = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            parts.add(pool.submit(() -> client(url, end)));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : parts) {
            all.add(f.get());
        }
        pool.shutdown();
        return all.stream().flatMapToLong(Arrays::stream).toArray();
    }

    private static long[] client(String url, long end) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer demo-kiosk")
                .POST(HttpRequest.BodyPublishers.ofString("{\"service\":\"A\"}")).build();
        long[] out = new long[1 << 20];
        int n = 0;
        while (System.nanoTime() < end && n < out.length) {
            long t0 = System.nanoTime();
            HttpResponse<Void> r = http.send(req, HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 201) {
                throw new IllegalStateException("status " + r.statusCode());
            }
            out[n++] = System.nanoTime() - t0;
        }
        return Arrays.copyOf(out, n);
    }

    private static void report(long[] latencies, int seconds, int clients) {
        Arrays.sort(latencies);
        System.out.printf("durable ticket issue, %d clients, %d s: %d tickets, %.0f tickets/s, p50 %.2f ms, p99 %.2f ms%n",
                clients, seconds, latencies.length, latencies.length / (double) seconds,
                latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.99)] / 1e6);
    }
}
