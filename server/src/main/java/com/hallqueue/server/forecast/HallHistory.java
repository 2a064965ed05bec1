package com.hallqueue.server.forecast;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.ServiceDef;
import com.hallqueue.server.queue.HallEvent;
import com.hallqueue.server.queue.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * What the hall has learned from its own recent past: handle and walk times per service,
 * how often a called citizen has gone after a wait like theirs and what that costs the counter, how often
 * priority tickets arrive, how long manual pauses last, and the last wait of each service.
 */
public final class HallHistory {

    private static final double HANDLE_WINDOW = 400;
    private static final Duration PRIORITY_WINDOW = Duration.ofMinutes(60);

    private final Map<String, RunningStat> handle = new HashMap<>();
    private final RunningStat walk = new RunningStat(30, 0.5, 5, 200);
    private final NoShowsByWait noShows = new NoShowsByWait();
    private final RunningStat noShowCost = new RunningStat(60, 0.5, 5, 100);
    private final RunningStat pause = new RunningStat(300, 1, 3, 30);
    private final Map<String, Deque<Instant>> arrivals = new HashMap<>();
    /** Hall-wide: whether a citizen has priority does not depend on the service they came for. */
    private final RunningStat priorityShare = new RunningStat(0.05, 0, 20, 2000);
    private final Map<String, Long> lastWait = new HashMap<>();
    private final Map<Integer, Instant> pausedAt = new HashMap<>();

    public HallHistory(HallConfig config) {
        for (ServiceDef s : config.services()) {
            handle.put(s.code(), new RunningStat(s.handleNorm().toSeconds(), 0.6, 5, HANDLE_WINDOW));
        }
    }

    public void observe(HallEvent e) {
        Ticket t = e.ticket();
        switch (e.type()) {
            case TICKET_ISSUED -> issued(t, e.at());
            case TICKET_CALLED -> lastWait.put(t.service(), (long) seconds(t.issuedAt(), t.calledAt()));
            case TICKET_STARTED -> walked(seconds(t.calledAt(), t.startedAt()));
            case TICKET_FINISHED -> finished(t);
            case TICKET_NO_SHOW -> missed(seconds(t.issuedAt(), t.calledAt()), seconds(t.calledAt(), t.finishedAt()));
            case COUNTER_PAUSED -> pausedAt.put(e.counter().number(), e.at());
            case COUNTER_RESUMED -> resumed(e);
            default -> { }
        }
    }

    void walked(double seconds) {
        walk.add(seconds);
    }

    /** A ticket finished after waiting {@code waited} and being handled for {@code handled} seconds. */
    void served(String service, double waited, double handled) {
        noShows.add(waited, false);
        RunningStat stat = handle.get(service);
        if (stat != null) {
            stat.add(Math.max(1, handled));
        }
    }

    /** A called citizen did not come after waiting {@code waited}; the counter lost {@code cost} seconds. */
    void missed(double waited, double cost) {
        noShows.add(waited, true);
        noShowCost.add(cost);
    }

    private void issued(Ticket t, Instant at) {
        priorityShare.add(t.priority() ? 1 : 0);
        Deque<Instant> times = arrivals.computeIfAbsent(t.service(), s -> new ArrayDeque<>());
        times.addLast(at);
        while (times.size() > 1 && times.peekFirst().isBefore(at.minus(PRIORITY_WINDOW))) {
            times.removeFirst();
        }
    }

    private void finished(Ticket t) {
        Instant from = t.startedAt() != null ? t.startedAt() : t.calledAt();
        if (from != null) {
            served(t.service(), seconds(t.issuedAt(), t.calledAt()), seconds(from, t.finishedAt()));
        }
    }

    private void resumed(HallEvent e) {
        Instant from = pausedAt.remove(e.counter().number());
        if (from != null) {
            pause.add(seconds(from, e.at()));
        }
    }

    /** Mean handle time of a service, in seconds. */
    public double handleMean(String service) {
        RunningStat s = handle.get(service);
        return s == null ? 600 : s.mean();
    }

    double handleCv(String service) {
        RunningStat s = handle.get(service);
        return s == null || s.count() < 10 ? 0.6 : Math.max(0.1, s.cv());
    }

    double walkMean() {
        return walk.mean();
    }

    /** The share of calls after a wait like this one that ended in a no-show rather than a finish. */
    double noShowRate(double waitedSeconds) {
        return noShows.rate(waitedSeconds);
    }

    double noShowCost() {
        return noShowCost.mean();
    }

    double pauseMean() {
        return pause.mean();
    }

    /**
     * Priority tickets per second for a service: the service's arrivals over the last hour
     * times the share of priority citizens over the last two thousand or so. Counting only
     * the priority tickets of the last hour swung with every one that came: three in an hour
     * at a one-counter inspection line made futures where priority work outgrew the counter
     * and the line behind it never moved, and forecasts of a whole day for an hour's wait.
     */
    double priorityRate(String service, Instant now) {
        Deque<Instant> times = arrivals.get(service);
        if (times == null || times.isEmpty()) {
            return 0;
        }
        Instant from = now.minus(PRIORITY_WINDOW);
        long recent = times.stream().filter(t -> t.isAfter(from)).count();
        return priorityShare.mean() * recent / PRIORITY_WINDOW.toSeconds();
    }

    /** The wait of the last ticket of this service to be called, if any was. */
    public Long lastWait(String service) {
        return lastWait.get(service);
    }

    static double seconds(Instant from, Instant to) {
        return (to.toEpochMilli() - from.toEpochMilli()) / 1000.0;
    }
}
