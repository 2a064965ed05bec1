package com.hallqueue.server.forecast;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How likely a called citizen is gone, given how long they waited. Some never come back
 * whatever the wait (rate p0, from quick calls); the others give up at a steady hazard θ,
 * so P(gone | wait w) = p0 + (1 − p0)(1 − e^(−θw)). θ is fitted to the recent calls so that
 * the expected number gone matches the number seen, which also extrapolates to waits
 * longer than any seen yet, where a table of rates would know nothing.
 */
final class NoShowsByWait {

    private static final int KEEP = 400;
    private static final double QUICK = 300;

    private final RunningStat quick = new RunningStat(0.03, 0, 10, 150);
    private final Deque<double[]> recent = new ArrayDeque<>();
    private double hazard;
    private boolean dirty;

    void add(double waitedSeconds, boolean noShow) {
        if (waitedSeconds < QUICK) {
            quick.add(noShow ? 1 : 0);
        }
        recent.addLast(new double[] {waitedSeconds, noShow ? 1 : 0});
        if (recent.size() > KEEP) {
            recent.removeFirst();
        }
        dirty = true;
    }

    double rate(double waitedSeconds) {
        if (dirty) {
            hazard = fitHazard();
            dirty = false;
        }
        double p0 = Math.min(0.9, quick.mean());
        return p0 + (1 - p0) * (1 - Math.exp(-hazard * Math.max(0, waitedSeconds)));
    }

    /** Bisection on θ: expected departures over the recent calls equal the departures seen. */
    private double fitHazard() {
        double p0 = Math.min(0.9, quick.mean());
        double seen = 0;
        for (double[] call : recent) {
            seen += call[1] - p0;
        }
        if (seen <= 0) {
            return 0;
        }
        double low = 0;
        double high = 1.0 / 60;
        for (int i = 0; i < 40; i++) {
            double mid = (low + high) / 2;
            if (expected(mid, p0) < seen) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private double expected(double theta, double p0) {
        double sum = 0;
        for (double[] call : recent) {
            sum += (1 - p0) * (1 - Math.exp(-theta * call[0]));
        }
        return sum;
    }
}
