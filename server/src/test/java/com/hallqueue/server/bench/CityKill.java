package com.hallqueue.server.bench;

import com.hallqueue.server.bench.CityHalls.Hall;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kill-one-server run: one of the three servers is killed with SIGKILL in the middle of
 * the peak, and its halls' kiosks, counters and screens move to the other two by themselves
 * (the bench's devices do as the hall's own: on a broken connection or a 503 they send the
 * same request, with the same {@code Idempotency-Key}, to the next server). Afterwards it
 * says the gap each hall saw, and asks the servers left whether any ticket answered 201 is
 * missing, any number was issued twice in a hall, or any ticket was called twice.
 */
final class CityKill {

    private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z_]+)\"");

    private CityKill() {
    }

    /** Kills {@code victim} at {@code when} ({@link System#nanoTime()}), from a thread of its own. */
    static Thread schedule(CityServer victim, long when) {
        Thread t = new Thread(() -> {
            LockSupport.parkNanos(when - System.nanoTime());
            victim.process.kill9();
            System.out.printf("killed %s (pid %d) with SIGKILL%n", victim.name, victim.pid);
        }, "kill-" + victim.name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * The gaps, and the checks against the store through {@code port}, a server that lived.
     * {@code victim} is the index of the killed server: its halls are those whose counters used it.
     */
    static void report(CityPeak peak, ScreenWatch watch, List<Hall> halls, int victim, int port) throws IOException {
        System.out.println("== the killed server's halls");
        long ofVictim = halls.stream().filter(h -> h.server() == victim).count();
        Map<Hall, Long> gaps = peak.gaps();
        long[] hallGaps = gaps.values().stream().mapToLong(Long::longValue).toArray();
        System.out.printf("halls whose kiosk or counters used the killed server: %d; halls that saw a gap: %d%n",
                ofVictim, gaps.size());
        System.out.println(new Latencies(hallGaps, 1).brief("longest gap per hall, from a request's first failed"
                + " attempt to its answer from another server") + String.format(", max %.0f ms", max(hallGaps)));
        long[] screenGaps = watch.gaps();
        System.out.println(new Latencies(screenGaps, 1).brief("screens that lost their server (" + screenGaps.length
                + "), from the lost connection to the next server's handshake"));
        System.out.printf("requests sent again after a failed attempt: %d; answers that were replays of a first"
                + " answer (Idempotent-Replayed): %d%n", peak.retried(), peak.replayed());
        check(peak, port);
        System.out.println("== goal");
        System.out.printf("  %-60s %10.2f ms (goal ≤ 5000 ms) %s%n", "gap p99 across the killed server's halls",
                CityLoad.p(hallGaps, 0.99), CityLoad.p(hallGaps, 0.99) <= 5000 ? "held" : "DID NOT HOLD");
    }

    private static double max(long[] nanos) {
        long m = 0;
        for (long n : nanos) {
            m = Math.max(m, n);
        }
        return m / 1e6;
    }

    /** Every ticket answered 201 is in the store, and every ticket called is no longer waiting; no repeats. */
    private static void check(CityPeak peak, int port) throws IOException {
        List<CityPeak.Issued> issued = peak.issuedTickets();
        Map<String, String> status = new HashMap<>();
        try (RawHttp http = new RawHttp(port)) {
            for (CityPeak.Issued t : issued) {
                RawHttp.Answer a = http.exchange(RawHttp.get(t.hall().prefix() + "/api/v1/tickets/" + t.ticketId()));
                Matcher m = STATUS.matcher(a.text());
                status.put(t.ticketId(), a.status() == 200 && m.find() ? m.group(1) : "missing (" + a.status() + ")");
            }
        }
        long missing = status.values().stream().filter(s -> s.startsWith("missing")).count();
        Set<String> numbers = new HashSet<>();
        long repeatedNumbers = issued.stream().filter(t -> !numbers.add(t.hall().id() + " " + t.number())).count();
        Map<String, Set<String>> callsOf = new HashMap<>();
        for (CityPeak.Called c : peak.calledTickets()) {
            callsOf.computeIfAbsent(c.ticketId(), k -> new HashSet<>()).add(c.counter() + "/" + c.step());
        }
        List<String> calledTwice = new ArrayList<>();
        callsOf.forEach((id, turns) -> {
            if (turns.size() > 1) {
                calledTwice.add(id + " " + turns);
            }
        });
        long calledButWaiting = peak.calledTickets().stream()
                .filter(c -> "WAITING".equals(status.get(c.ticketId()))).count();
        System.out.printf("tickets answered 201: %d, of which missing from the store: %d; numbers issued twice in a"
                        + " hall: %d; tickets called at two turns: %d%s; tickets called yet waiting again: %d%n",
                issued.size(), missing, repeatedNumbers, calledTwice.size(),
                calledTwice.isEmpty() ? "" : " " + calledTwice.subList(0, Math.min(5, calledTwice.size())),
                calledButWaiting);
    }
}
