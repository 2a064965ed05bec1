package com.hallqueue.server.bench;

import com.hallqueue.server.bench.CityHalls.Hall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The city opens its doors before the peak: at every hall, at its own server, each counter's
 * staff member logs in and opens the counter, and as many citizens as there are counters
 * take a number, so that the first calls of the peak find somebody. Not timed; it also warms
 * the servers up. A request refused with 503 (the server could not reach the database in
 * time) is sent again after a pause, up to {@value #TRIES} times, and counted.
 */
final class CityOpening {

    private static final int TRIES = 20;
    private static final java.util.concurrent.atomic.AtomicLong REFUSED = new java.util.concurrent.atomic.AtomicLong();

    private CityOpening() {
    }

    /** Requests of the opening refused with 503 and sent again. */
    static long refused() {
        return REFUSED.get();
    }

    /**
     * Opens every hall, a few halls at a time; returns each hall's staff tokens, counter 1
     * first. {@code firstRefusal} is told, once, the index of the server that first answered 503.
     */
    static Map<String, List<String>> open(List<Hall> halls, int[] ports, java.util.function.IntConsumer firstRefusal)
            throws Exception {
        Map<String, List<String>> tokens = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(3 * ports.length);
        try {
            List<Future<?>> opened = new ArrayList<>();
            for (Hall h : halls) {
                opened.add(pool.submit(() -> {
                    tokens.put(h.id(), openHall(h, ports[h.server()], () -> firstRefusal.accept(h.server())));
                    return null;
                }));
            }
            for (Future<?> f : opened) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return tokens;
    }

    private static List<String> openHall(Hall h, int port, Runnable refused) throws Exception {
        List<String> tokens = new ArrayList<>();
        try (RawHttp http = new RawHttp(port)) {
            for (int n = 1; n <= h.counters(); n++) {
                RawHttp.Answer login = send(http, refused, RawHttp.post(h.prefix() + "/api/v1/auth/login", null,
                        "{\"badge\":\"" + (1000 + n) + "\",\"password\":\"demo\"}"));
                expect(h, "login " + n, 200, login);
                String token = login.text().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
                expect(h, "open counter " + n, 200,
                        send(http, refused, RawHttp.post(h.prefix() + "/api/v1/counters/" + n + "/open", token, "")));
                tokens.add(token);
            }
            for (int n = 1; n <= h.counters(); n++) {
                String service = h.servicesOf(n).get(0);
                expect(h, "first ticket", 201, send(http, refused, RawHttp.post(h.prefix() + "/api/v1/tickets",
                        h.kioskToken(), "{\"service\":\"" + service + "\"}")));
            }
        }
        return tokens;
    }

    private static RawHttp.Answer send(RawHttp http, Runnable refused, byte[] request) throws Exception {
        RawHttp.Answer a = http.exchange(request);
        for (int i = 1; i < TRIES && a.status() == 503; i++) {
            if (REFUSED.getAndIncrement() == 0) {
                refused.run();
            }
            Thread.sleep(500);
            a = http.exchange(request);
        }
        return a;
    }

    private static void expect(Hall h, String what, int status, RawHttp.Answer got) {
        if (got.status() != status) {
            throw new IllegalStateException(h.id() + " " + what + ": expected " + status + ", got " + got.status()
                    + " " + got.text());
        }
    }
}
