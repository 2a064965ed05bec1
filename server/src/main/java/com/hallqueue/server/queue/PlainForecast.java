package com.hallqueue.server.queue;

import com.hallqueue.server.config.ServiceDef;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The simplest forecast: people ahead times the service's handle norm over its open
 * counters. A fallback where no better forecast is given.
 */
public final class PlainForecast implements WaitForecast {

    @Override
    public void observe(HallEvent e) {
        // learns nothing
    }

    @Override
    public Forecast forecast(HallView hall, Collection<Ticket> targets) {
        Map<String, Estimate> tickets = new HashMap<>();
        for (Ticket t : targets) {
            tickets.put(t.id(), Estimate.exactly(seconds(hall, t.service(), ahead(hall, t))));
        }
        Map<String, Estimate> normal = new HashMap<>();
        Map<String, Estimate> priority = new HashMap<>();
        for (ServiceDef s : hall.config().services()) {
            int priorityAhead = hall.waitingCount(s.code(), true);
            normal.put(s.code(), Estimate.exactly(seconds(hall, s.code(),
                    priorityAhead + hall.waitingCount(s.code(), false))));
            priority.put(s.code(), Estimate.exactly(seconds(hall, s.code(), priorityAhead)));
        }
        return new Forecast(tickets, normal, priority);
    }

    private static int ahead(HallView hall, Ticket t) {
        int n = 0;
        for (Iterator<Ticket> it = hall.waiting(t.service(), true); it.hasNext() && !it.next().equals(t); ) {
            n++;
        }
        if (!t.priority()) {
            for (Iterator<Ticket> it = hall.waiting(t.service(), false); it.hasNext() && !it.next().equals(t); ) {
                n++;
            }
        }
        return n;
    }

    private static long seconds(HallView hall, String service, int ahead) {
        long norm = hall.config().service(service).map(s -> s.handleNorm().toSeconds()).orElse(600L);
        long open = hall.counters().stream()
                .filter(c -> c.state() != CounterState.CLOSED && c.serves(service)).count();
        return ahead * norm / Math.max(1, open);
    }
}
