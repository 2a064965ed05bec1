package com.hallqueue.server.queue;

import com.hallqueue.server.printing.PrinterState;
import java.util.Comparator;
import java.util.List;

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

    /**
     * State, staff and ticket from the store, the name from today's config, the services as a
     * manager last set them (those the hall still has), else today's config.
     */
    void counter(Counter stored) {
        Counter current = hall.counters.get(stored.number());
        if (current == null) {
            return;
        }
        List<String> set = stored.services().stream().filter(s -> hall.config.service(s).isPresent()).toList();
        place(stored, set.isEmpty() ? current.services() : set);
    }

    /**
     * The same, keeping the services this engine knows: an event other than a change of
     * services carries the services its server believed, which may be an older version's.
     */
    void counterKeepingServices(Counter stored) {
        Counter current = hall.counters.get(stored.number());
        if (current != null) {
            place(stored, current.services());
        }
    }

    private void place(Counter stored, List<String> services) {
        Counter configured = hall.counters.get(stored.number());
        boolean ticketKnown = stored.ticketId() == null || hall.tickets.containsKey(stored.ticketId());
        hall.counters.put(stored.number(), new Counter(stored.number(), configured.name(), services,
                ticketKnown ? stored.state() : CounterState.IDLE, stored.staff(),
                ticketKnown ? stored.ticketId() : null, stored.pauseReason(), stored.priorityStreak(),
                stored.since(), stored.breakUntil()));
    }
}
