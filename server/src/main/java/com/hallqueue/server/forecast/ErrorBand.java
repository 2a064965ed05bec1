package com.hallqueue.server.forecast;

import com.hallqueue.server.queue.EventType;
import com.hallqueue.server.queue.HallEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How wrong the forecast has recently been, learned by comparing what each ticket was told
 * at issue with when it was called. The 8th and 92nd percentiles of that error, scaled to
 * the forecast, give the range shown to citizens (10–20 分钟) instead of a false exact time.
 * Each service keeps its own errors once it has enough: a one-counter inspection line with
 * long, uneven handling is far less certain than a general line with many counters, and a
 * hall-wide range left it covering the real wait for only half its tickets.
 */
final class ErrorBand {

    private static final int KEEP = 400;
    private static final int ENOUGH = 30;
    private static final int TOLD_AT_MOST = 100_000;
    /** Errors are scaled by the forecast, but never by less than this, so short waits keep a sane band. */
    private static final double SCALE_FLOOR = 300;
    /**
     * The range spans the 8th to the 92nd percentile of the recent errors, not the 10th to the
     * 90th: the errors it learns from lag the hall (a day's load changes faster than 400
     * tickets), and the 10th–90th held only 78–80% of real waits on the bench days, short of
     * the 80% it promises.
     */
    private static final double LOW_QUANTILE = 0.08;
    private static final double HIGH_QUANTILE = 0.92;

    /**
     * What each waiting ticket was told, in issue order. A ticket never called (its day ended
     * with it waiting) would stay for ever, so the oldest go past {@value #TOLD_AT_MOST}.
     */
    private final Map<String, Long> told = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > TOLD_AT_MOST;
        }
    };
    private final Deque<Double> relativeErrors = new ArrayDeque<>();
    private final Map<String, Deque<Double>> byService = new java.util.HashMap<>();

    void observe(HallEvent e) {
        if (e.type() == EventType.TICKET_ISSUED && e.ticketView().estimatedWaitSeconds() != null) {
            told.put(e.ticket().id(), e.ticketView().estimatedWaitSeconds());
        } else if (e.type() == EventType.TICKET_CALLED) {
            Long predicted = told.remove(e.ticket().id());
            if (predicted != null) {
                double actual = HallHistory.seconds(e.ticket().issuedAt(), e.ticket().calledAt());
                double error = (actual - predicted) / Math.max(predicted, SCALE_FLOOR);
                add(relativeErrors, error);
                add(byService.computeIfAbsent(e.ticket().service(), k -> new ArrayDeque<>()), error);
            }
        } else if (e.type() == EventType.TICKET_CANCELLED || e.type() == EventType.TICKET_EXPIRED) {
            told.remove(e.ticket().id());
        }
    }

    /** The likely range around a forecast of {@code seconds}: {low, high}. */
    long[] around(String service, long seconds) {
        double scale = Math.max(seconds, SCALE_FLOOR);
        double low;
        double high;
        Deque<Double> own = byService.get(service);
        Deque<Double> errors = own != null && own.size() >= ENOUGH ? own : relativeErrors;
        if (errors.size() < ENOUGH) {
            low = -0.3;
            high = 0.4;
        } else {
            double[] sorted = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            low = sorted[(int) (LOW_QUANTILE * (sorted.length - 1))];
            high = sorted[(int) (HIGH_QUANTILE * (sorted.length - 1))];
        }
        return new long[] {Math.max(0, Math.round(seconds + low * scale)), Math.round(seconds + Math.max(0, high) * scale)};
    }

    private static void add(Deque<Double> errors, double error) {
        errors.addLast(error);
        if (errors.size() > KEEP) {
            errors.removeFirst();
        }
    }
}
