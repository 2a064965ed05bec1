package com.hallqueue.server.queue;

import com.hallqueue.server.printing.PrinterState;
import java.util.Comparator;

/** Rebuilds the engine's memory from a {@link HallRecord} at start or after a failed commit. */
final class Restorer {

    private final HallState hall;

    Restorer(HallState hall) {
        this.hall = hall;
    }

    void restore(HallRecord record) {
        hall.config.counters().forEach(d -> hall.counters.put(d.number(), Counter.closed(d.number(), d.name(), d.services())));
        record.tickets().forEach(this::ticket);
        record.counters().forEach(this::counter);
        record.tickets().stream().filter(t -> t.calledAt() != null)
                .sorted(Comparator.comparing(Ticket::calledAt).reversed()).limit(HallState.RECENT_CALLS)
                .forEach(t -> hall.recentCalls.addLast(TicketView.settled(t).forScreens()));
        hall.lastSeq = record.lastSeq();
        record.printJobs().stream().filter(j -> hall.tickets.containsKey(j.ticketId()))
                .forEach(j -> hall.prints.put(j.ticketId(), j));
        hall.printers.putAll(record.printers());
        record.openCases().forEach(c -> hall.openCases.put(c.id(), c));
        hall.lastCaseId = record.lastCaseId();
        record.bookings().forEach(hall.bookings::put);
        record.openNotices().forEach(n -> hall.openNotices.put(n.code(), n));
        record.printers().forEach((kiosk, state) -> {
            if (state != PrinterState.OFFLINE) {
                hall.printerHeard.put(kiosk, hall.now());
            }
        });
    }

    void ticket(Ticket t) {
        hall.tickets.put(t.id(), t);
        hall.numbering.seen(t.day(), t.numberedFor(), t.seq());
        hall.lastPlace = Math.max(hall.lastPlace, t.place());
        if (t.status() == TicketStatus.WAITING) {
            hall.lines.add(t);
        }
    }

    /** Names and services come from today's config; state, staff and ticket from the store. */
    void counter(Counter stored) {
        Counter configured = hall.counters.get(stored.number());
        if (configured == null) {
            return;
        }
        boolean ticketKnown = stored.ticketId() == null || hall.tickets.containsKey(stored.ticketId());
        hall.counters.put(stored.number(), new Counter(stored.number(), configured.name(), configured.services(),
                ticketKnown ? stored.state() : CounterState.IDLE, stored.staff(),
                ticketKnown ? stored.ticketId() : null, stored.pauseReason(), stored.priorityStreak(),
                stored.since()));
    }
}
