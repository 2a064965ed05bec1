package com.hallqueue.server.forecast;

import com.hallqueue.server.queue.EventType;
import com.hallqueue.server.queue.HallEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How wrong the forecast has recently been, learned by comparing what each ticket was told
 * at issue with when it was called. The 10th and 90th percentiles of that error, scaled to
 * the forecast, give the range shown to citizens (10–20 分钟) instead of a false exact time.
 */
final class ErrorBand {

    private static final int KEEP = 400;
    private static final int ENOUGH = 30;
    private static final int TOLD_AT_MOST = 100_000;
    /** Errors are scaled by the forecast, but never by less than this, so short waits keep a sane band. */
    private static final double SCALE_FLOOR = 300;

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

    void observe(HallEvent e) {
        if (e.type() == EventType.TICKET_ISSUED && e.ticketView().estimatedWaitSeconds() != null) {
            told.put(e.ticket().id(), e.ticketView().estimatedWaitSeconds());
        } else if (e.type() == EventType.TICKET_CALLED) {
            Long predicted = told.remove(e.ticket().id());
            if (predicted != null) {
                double actual = HallHistory.seconds(e.ticket().issuedAt(), e.ticket().calledAt());
                add((actual - predicted) / Math.max(predicted, SCALE_FLOOR));
            }
        } else if (e.type() == EventType.TICKET_CANCELLED || e.type() == EventType.TICKET_EXPIRED) {
            told.remove(e.ticket().id());
        }
    }

    /** The likely range around a forecast of {@code seconds}: {low, high}. */
    long[] around(long seconds) {
        double scale = Math.max(seconds, SCALE_FLOOR);
        double low;
        double high;
        if (relativeErrors.size() < ENOUGH) {
            low = -0.3;
            high = 0.4;
        } else {
            double[] sorted = relativeErrors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            low = sorted[(int) (0.1 * (sorted.length - 1))];
            high = sorted[(int) (0.9 * (sorted.length - 1))];
        }
        return new long[] {Math.max(0, Math.round(seconds + low * scale)), Math.round(seconds + Math.max(0, high) * scale)};
    }

    private void add(double error) {
        relativeErrors.addLast(error);
        if (relativeErrors.size() > KEEP) {
            relativeErrors.removeFirst();
        }
    }
}
