package com.hallqueue.server.forecast;

import com.hallqueue.server.queue.Ticket;
import java.util.Iterator;

/**
 * A line as a forward run consumes it: the waiting tickets in call order, then the phantom
 * tickets of "issued now", and priority tickets arriving at the learned rate.
 */
final class SimLine {

    private final Iterator<Ticket> priorityTickets;
    private final Iterator<Ticket> normalTickets;
    private final String service;
    private final double priorityRate;
    private final TimeSampler sampler;
    private final double lastIssue;
    private double nextArrival = Double.POSITIVE_INFINITY;
    private SimItem nextPriority;
    private SimItem nextNormal;
    private SimItem phantomPriority;
    private SimItem phantomNormal;
    private SimItem expectedHead;

    private final java.time.Instant now;

    /** {@code lastIssue}: seconds from now to the day's last-ticket time, after which nobody more arrives. */
    SimLine(Iterator<Ticket> priorityTickets, Iterator<Ticket> normalTickets, String service, double priorityRate,
            boolean withPhantoms, TimeSampler sampler, java.time.Instant now, double lastIssue) {
        this.now = now;
        this.lastIssue = lastIssue;
        this.priorityTickets = priorityTickets;
        this.normalTickets = normalTickets;
        this.service = service;
        this.priorityRate = priorityRate;
        this.sampler = sampler;
        if (priorityRate > 0) {
            nextArrival = sampler.exponential(1 / priorityRate);
        }
        if (withPhantoms) {
            phantomPriority = new SimItem("new!" + service, service, true, SimItem.NOW_PLACE, 0, true, 0);
            phantomNormal = new SimItem("new:" + service, service, false, SimItem.NOW_PLACE, 0, true, 0);
        }
    }

    /** The first priority ticket available at time {@code t} (seconds from now), if any. */
    SimItem headPriority(double t) {
        if (nextPriority == null && priorityTickets.hasNext()) {
            nextPriority = item(priorityTickets.next());
        }
        if (nextPriority != null) {
            return nextPriority;
        }
        if (phantomPriority != null) {
            return phantomPriority;
        }
        double at = expectedArrival();
        if (expectedHead == null && at <= t) {
            expectedHead = new SimItem(SimItem.EXPECTED, service, true, SimItem.NOW_PLACE + at, at, false, at);
        }
        return expectedHead;
    }

    SimItem headNormal() {
        if (nextNormal == null && normalTickets.hasNext()) {
            nextNormal = item(normalTickets.next());
        }
        return nextNormal != null ? nextNormal : phantomNormal;
    }

    private SimItem item(Ticket t) {
        return SimItem.of(t, HallHistory.seconds(now, t.issuedAt()));
    }

    void take(SimItem item) {
        if (item == nextPriority) {
            nextPriority = null;
        } else if (item == nextNormal) {
            nextNormal = null;
        } else if (item == phantomPriority) {
            phantomPriority = null;
        } else if (item == phantomNormal) {
            phantomNormal = null;
        } else if (item == expectedHead) {
            expectedHead = null;
            nextArrival += sampler.exponential(1 / priorityRate);
        }
    }

    /** When the next priority ticket arrives in this possible future (Poisson at the learned rate). */
    double expectedArrival() {
        return nextArrival <= lastIssue ? nextArrival : Double.POSITIVE_INFINITY;
    }
}
