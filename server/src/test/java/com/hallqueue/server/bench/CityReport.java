package com.hallqueue.server.bench;

import com.hallqueue.server.bench.CityHalls.Hall;
import com.hallqueue.server.bench.CityHalls.Kind;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/** The figures of a city run, and which of the goals they meet. */
final class CityReport {

    /** Goals: p99 in milliseconds across the city, in the worst hall and at the screens; connections; seconds to start. */
    static final double CITY_P99 = 50;
    static final double HALL_P99 = 100;
    static final double SCREEN_P99 = 100;
    static final int CONNECTIONS = 100;
    static final double START_SECONDS = 30;

    private final List<Hall> halls;
    private final CityPeak peak;
    private final double seconds;

    CityReport(List<Hall> halls, CityPeak peak, double seconds) {
        this.halls = halls;
        this.peak = peak;
        this.seconds = seconds;
    }

    void print() {
        double elapsed = peak.elapsed();
        System.out.printf("requests offered: %d on time-table; tickets issued %d (%.1f/s), calls that called somebody"
                        + " %d (%.1f/s), calls that found nobody waiting %d; seconds from first due to last answer %.1f%n",
                peak.offered(), peak.issued(), peak.issued() / seconds, peak.called(), peak.called() / seconds,
                peak.nobodyWaiting(), elapsed);
        System.out.println(new Latencies(peak.issues(), elapsed).line("issue, whole city, from when due"));
        System.out.println(new Latencies(peak.calls(), elapsed).line("call-next, whole city, from when it could be sent"));
        System.out.println(new Latencies(peak.finishes(), elapsed).line("finish before a call, whole city, from when due"));
        for (Kind k : Kind.values()) {
            List<Hall> of = halls.stream().filter(h -> h.kind() == k).toList();
            if (!of.isEmpty()) {
                System.out.println("  " + k + " halls: " + new Latencies(join(of, true), elapsed).brief("issue")
                        + "; " + new Latencies(join(of, false), elapsed).brief("call-next"));
            }
        }
        System.out.println(worst(true));
        System.out.println(worst(false));
        Map<String, Long> failures = peak.failures();
        System.out.println(failures.isEmpty() ? "failures: none" : "failures: " + failures);
    }

    private long[] join(List<Hall> of, boolean issue) {
        return of.stream().flatMapToLong(h -> LongStream.of(peak.ofHall(h, issue))).toArray();
    }

    /** The hall whose p99 of issue (or call-next) is highest. */
    private Hall worstHall(boolean issue) {
        return halls.stream().max(Comparator.comparingDouble(h -> p99(peak.ofHall(h, issue)))).orElseThrow();
    }

    double worstP99(boolean issue) {
        return p99(peak.ofHall(worstHall(issue), issue));
    }

    private String worst(boolean issue) {
        Hall h = worstHall(issue);
        long[] l = peak.ofHall(h, issue);
        return String.format("worst hall for %s: %s (%s, %d counters, server %d), %d requests, p50 %.2f ms, p99 %.2f ms"
                        + " (with few requests a hall's p99 is its slowest)", issue ? "issue" : "call-next", h.id(),
                h.kind(), h.counters(), h.server() + 1, l.length, CityLoad.p(l, 0.5), CityLoad.p(l, 0.99));
    }

    private static double p99(long[] nanos) {
        return nanos.length == 0 ? 0 : CityLoad.p(nanos, 0.99);
    }

    /** Delay from a call-next's answer (and from its sending) to the event at the screen watching that hall. */
    static String screens(ScreenWatch watch, List<CityPeak.Call> calls, int screens) {
        ScreenWatch.Calls fromAnswer = new ScreenWatch.Calls();
        ScreenWatch.Calls fromSent = new ScreenWatch.Calls();
        for (CityPeak.Call c : calls) {
            fromAnswer.add(c.ticketId(), c.answered(), c.answered());
            fromSent.add(c.ticketId(), c.sent(), c.answered());
        }
        long[] delays = watch.delays(fromAnswer);
        return new Latencies(delays, 1).brief(screens + " screens, each at a server other than its hall's counters:"
                + " call-next answered → event at the screen") + String.format(" (negative: the screen was first);"
                + " %d of %d calls seen; ", delays.length, calls.size())
                + new Latencies(watch.delays(fromSent), 1).brief("from the call's sending");
    }

    /** States each goal with the figure measured and whether it held. */
    static void goals(List<CityServer> servers, PgConnections.Count idle, PgConnections.Count peakConnections,
                      CityPeak peak, List<Hall> halls, ScreenWatch watch) {
        CityReport r = new CityReport(halls, peak, 0);
        System.out.println("== goals");
        goal("issue p99 across the city", CityLoad.p(peak.issues(), 0.99), CITY_P99, "ms");
        goal("call-next p99 across the city", CityLoad.p(peak.calls(), 0.99), CITY_P99, "ms");
        goal("issue p99 in the worst hall", r.worstP99(true), HALL_P99, "ms");
        goal("call-next p99 in the worst hall", r.worstP99(false), HALL_P99, "ms");
        ScreenWatch.Calls fromAnswer = new ScreenWatch.Calls();
        peak.watchedCalls().forEach(c -> fromAnswer.add(c.ticketId(), c.answered(), c.answered()));
        long[] delays = watch.delays(fromAnswer);
        goal("screens p99, call answered → event", CityLoad.p(delays, 0.99), SCREEN_P99, "ms");
        if (delays.length < peak.watchedCalls().size()) {
            System.out.printf("  and %d of %d watched calls never reached their screen%n",
                    peak.watchedCalls().size() - delays.length, peak.watchedCalls().size());
        }
        goal("PostgreSQL connections at peak (idle " + idle.all() + ")", peakConnections.all(), CONNECTIONS, "");
        for (CityServer s : servers) {
            goal(s.name + " start until every hall is ready", s.readySeconds, START_SECONDS, "s");
        }
        long failed = peak.failures().values().stream().mapToLong(Long::longValue).sum();
        System.out.println("  failed requests: " + failed);
    }

    private static void goal(String what, double measured, double limit, String unit) {
        System.out.printf("  %-60s %10.2f %-2s (goal ≤ %.0f %s) %s%n", what, measured, unit, limit, unit,
                measured <= limit ? "held" : "DID NOT HOLD");
    }
}
