package com.hallqueue.server.queue;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.ServiceDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds what clients see from the engine's state. The forecast here is the plain one,
 * people ahead times the service's handle norm over its open counters.
 */
final class Views {

    private final HallConfig config;
    private final Map<String, Ticket> tickets;
    private final Map<Integer, Counter> counters;
    private final WaitingLines lines;

    Views(HallConfig config, Map<String, Ticket> tickets, Map<Integer, Counter> counters, WaitingLines lines) {
        this.config = config;
        this.tickets = tickets;
        this.counters = counters;
        this.lines = lines;
    }

    TicketView ticket(Ticket t) {
        boolean waiting = t.status() == TicketStatus.WAITING;
        int ahead = waiting ? lines.ahead(t) : 0;
        Long estimate = waiting ? estimateSeconds(t.service(), ahead) : null;
        return new TicketView(t.id(), t.number(), t.service(), t.status(), t.priority(), t.issuedAt(),
                t.calledAt(), t.counter(), ahead, estimate);
    }

    CounterView counter(Counter c) {
        TicketView current = c.ticketId() == null ? null : ticket(tickets.get(c.ticketId()));
        return new CounterView(c.number(), c.name(), c.services(), c.state(), c.staff(), current, c.pauseReason());
    }

    List<CounterView> counters() {
        List<CounterView> out = new ArrayList<>(counters.size());
        counters.values().forEach(c -> out.add(counter(c)));
        return out;
    }

    QueueView queue() {
        List<QueueView.ServiceQueue> rows = new ArrayList<>();
        for (ServiceDef s : config.services()) {
            int waiting = lines.waitingFor(s.code());
            rows.add(new QueueView.ServiceQueue(s.code(), s.name(), s.nameEn(), waiting,
                    estimateSeconds(s.code(), waiting), lines.oldestIssued(s.code())));
        }
        return new QueueView(rows);
    }

    CounterQueue waitingFor(Counter c, int limit) {
        List<CounterQueue.Upcoming> next = lines.upcoming(c, config.priority().maxConsecutive(), limit).stream()
                .map(CounterQueue.Upcoming::of).toList();
        return new CounterQueue(c.number(), lines.waitingFor(c), next);
    }

    long estimateSeconds(String service, int ahead) {
        long norm = config.service(service).map(s -> s.handleNorm().toSeconds()).orElse(600L);
        long open = counters.values().stream()
                .filter(c -> c.state() != CounterState.CLOSED && c.serves(service)).count();
        return ahead * norm / Math.max(1, open);
    }
}
