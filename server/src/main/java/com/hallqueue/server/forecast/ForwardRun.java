package com.hallqueue.server.forecast;

import com.hallqueue.server.breaks.BreakPlan;
import com.hallqueue.server.config.CounterDef;
import com.hallqueue.server.config.DayHours;
import com.hallqueue.server.config.ServiceDef;
import com.hallqueue.server.queue.Counter;
import com.hallqueue.server.queue.HallView;
import com.hallqueue.server.queue.Ticket;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Plays one possible future of the hall from now: each counter, when it comes free, calls
 * what the engine would let it call and takes a time drawn from what the hall has learned;
 * counters mid-service finish after a drawn rest of their service; breaks and late
 * openings hold counters back; priority tickets arrive at the learned rate and jump the
 * line. The moment a ticket is called in this future is one sample of its wait.
 */
final class ForwardRun {

    private static final int MAX_CALLS = 4000;

    private final HallView hall;
    private final HallHistory history;
    private final TimeSampler sampler;
    private final ZonedDateTime now;
    private final Map<String, SimLine> serviceLines = new HashMap<>();
    private final PriorityQueue<SimCounter> free = new PriorityQueue<>(Comparator.comparingDouble(c -> c.freeAt));
    private final Set<String> wanted = new HashSet<>();
    private final Map<String, Double> calledAt = new HashMap<>();

    ForwardRun(HallView hall, HallHistory history, TimeSampler sampler, Collection<Ticket> targets) {
        this.hall = hall;
        this.history = history;
        this.sampler = sampler;
        this.now = hall.now().atZone(hall.config().zone());
        targets.forEach(t -> wanted.add(t.id()));
        for (ServiceDef s : hall.config().services()) {
            serviceLines.put(s.code(), new SimLine(hall.waiting(s.code(), true), hall.waiting(s.code(), false),
                    s.code(), history.priorityRate(s.code(), hall.now()), true, sampler, hall.now()));
            wanted.add("new:" + s.code());
            wanted.add("new!" + s.code());
        }
        hall.counters().forEach(this::addCounter);
    }

    /**
     * Seconds from now until each ticket is called, for every ticket the run reached, the
     * wanted ones and the "issued now" phantoms among them; missing when no counter will.
     */
    Map<String, Double> run() {
        int calls = 0;
        while (!wanted.isEmpty() && !free.isEmpty() && calls < MAX_CALLS) {
            SimCounter c = free.poll();
            SimItem item = c.choose(c.freeAt, hall.config().priority().maxConsecutive());
            if (item == null) {
                waitForArrival(c);
                continue;
            }
            calls++;
            wanted.remove(item.key());
            if (!item.key().equals(SimItem.EXPECTED)) {
                calledAt.put(item.key(), c.freeAt);
            }
            double busy = item.phantom() ? 0 : sampler.ticket(item.service(), c.freeAt - item.issuedAt());
            c.freeAt = c.breaks.after(c.freeAt + busy);
            free.add(c);
        }
        return calledAt;
    }

    private void waitForArrival(SimCounter c) {
        double next = c.nextArrival();
        if (next != Double.POSITIVE_INFINITY && next > c.freeAt) {
            c.freeAt = c.breaks.after(next);
            free.add(c);
        }
    }

    private void addCounter(Counter c) {
        CounterDef def = hall.config().counter(c.number()).orElse(null);
        if (def == null) {
            return;
        }
        CounterBreaks breaks = new CounterBreaks(breaksOf(def), now);
        double freeAt = firstFree(c, def, breaks);
        if (Double.isNaN(freeAt)) {
            return;
        }
        List<SimLine> lines = new ArrayList<>();
        // the services it calls now, which a manager may have changed since the file was read
        c.services().forEach(s -> lines.add(serviceLines.get(s)));
        lines.add(new SimLine(hall.directedTo(c.number(), true), hall.directedTo(c.number(), false), "", 0, false,
                sampler, hall.now()));
        free.add(new SimCounter(c.number(), lines, breaks, freeAt, c.priorityStreak()));
    }

    /** When the counter can first call, in seconds from now; NaN when it will not open today. */
    private double firstFree(Counter c, CounterDef def, CounterBreaks breaks) {
        double since = c.since() == null ? 0 : HallHistory.seconds(c.since(), hall.now());
        return switch (c.state()) {
            case IDLE -> 0;
            case CALLING -> busyRest(c, since, false);
            case SERVING -> busyRest(c, since, true);
            case PAUSED -> breaks.endOfCurrent() > 0 ? breaks.endOfCurrent()
                    : Math.max(sampler.exponential(history.pauseMean()), 30);
            case CLOSED -> opensLater(def);
        };
    }

    private double busyRest(Counter c, double since, boolean serving) {
        Ticket t = hall.ticket(c.ticketId());
        if (t == null) {
            return 0;
        }
        return serving ? sampler.restOfService(t.service(), since)
                : sampler.restOfCall(t.service(), HallHistory.seconds(t.issuedAt(), t.calledAt()), since);
    }

    private double opensLater(CounterDef def) {
        if (def.opens() == null || !def.opens().isAfter(now.toLocalTime())) {
            return Double.NaN;
        }
        return HallHistory.seconds(hall.now(), now.toLocalDate().atTime(def.opens()).atZone(now.getZone()).toInstant());
    }

    /** As the hall pauses it: the counter's own breaks, else the hall's (see {@link BreakPlan}). */
    private List<DayHours.Break> breaksOf(CounterDef def) {
        return new BreakPlan(hall.config()).breaksOf(def.number(), now.toLocalDate());
    }
}
