package com.hallqueue.server.forecast;

import java.util.List;

/** A counter in a forward run: when it is next free, its lines, its run of priority calls. */
final class SimCounter {

    final int number;
    final List<SimLine> lines;
    final CounterBreaks breaks;
    double freeAt;
    int priorityStreak;

    SimCounter(int number, List<SimLine> lines, CounterBreaks breaks, double freeAt, int priorityStreak) {
        this.number = number;
        this.lines = lines;
        this.breaks = breaks;
        this.freeAt = breaks.after(freeAt);
        this.priorityStreak = priorityStreak;
    }

    /** The next ticket this counter calls at time {@code t}, by the engine's rule, or null. */
    SimItem choose(double t, int maxConsecutive) {
        SimItem priority = null;
        SimItem normal = null;
        for (SimLine line : lines) {
            priority = earlier(priority, line.headPriority(t));
            normal = earlier(normal, line.headNormal());
        }
        boolean priorityMayGo = normal == null || priorityStreak < maxConsecutive;
        SimItem pick = priority != null && priorityMayGo ? priority : normal;
        if (pick != null) {
            priorityStreak = pick.priority() ? priorityStreak + 1 : 0;
            lines.stream().filter(l -> owns(l, pick, t)).findFirst().ifPresent(l -> l.take(pick));
        }
        return pick;
    }

    /** The earliest time an expected priority ticket could give this counter work. */
    double nextArrival() {
        return lines.stream().mapToDouble(SimLine::expectedArrival).min().orElse(Double.POSITIVE_INFINITY);
    }

    private static boolean owns(SimLine line, SimItem item, double t) {
        return item == (item.priority() ? line.headPriority(t) : line.headNormal());
    }

    private static SimItem earlier(SimItem a, SimItem b) {
        if (a == null) {
            return b;
        }
        return b == null || b.place() >= a.place() ? a : b;
    }
}
