package com.hallqueue.server.queue;

import com.hallqueue.server.printing.PrintJob;
import com.hallqueue.server.printing.PrinterNote;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes in the changes another server of the same hall committed, so this engine decides
 * from the same hall, and gives each back with this engine's views for its own screens.
 */
final class Replay {

    private final HallState hall;
    private final Restorer restorer;

    Replay(HallState hall) {
        this.hall = hall;
        this.restorer = new Restorer(hall);
    }

    List<HallEvent> takeIn(List<HallEvent> committedElsewhere) {
        List<HallEvent> shown = new ArrayList<>(committedElsewhere.size());
        for (HallEvent e : committedElsewhere) {
            if (e.seq() > hall.lastSeq && e.type() == null) {
                takeInUnknown(e);
            } else if (e.seq() > hall.lastSeq) {
                shown.add(takeIn(e));
            }
        }
        return shown;
    }

    /**
     * An event of a kind this version does not know, committed by a newer server of the hall
     * during a rolling upgrade: the tickets, counters and bookings it carries are whole states
     * and are kept; the event itself is passed over, not shown, but its place in the commit
     * order is, so this server's next event follows it.
     */
    private void takeInUnknown(HallEvent e) {
        if (e.ticket() != null) {
            ticket(e.ticket());
        }
        if (e.counter() != null) {
            restorer.counter(e.counter());
        }
        if (e.booking() != null) {
            hall.bookings.put(e.booking());
        }
        hall.lastSeq = e.seq();
    }

    private HallEvent takeIn(HallEvent e) {
        if (e.ticket() != null) {
            ticket(e.ticket());
        }
        if (e.counter() != null && e.type() == EventType.COUNTER_SERVICES_CHANGED) {
            restorer.counter(e.counter());
        } else if (e.counter() != null) {
            restorer.counterKeepingServices(e.counter());
        }
        printing(e);
        cases(e);
        notices(e);
        if (e.booking() != null) {
            hall.bookings.put(e.booking());
        }
        hall.lastSeq = e.seq();
        HallEvent view = withViews(e);
        if (e.type() == EventType.TICKET_CALLED || e.type() == EventType.TICKET_RECALLED) {
            hall.remember(view.ticketView());
        } else if (e.type() == EventType.TICKET_FINISHED) {
            hall.servedBy.put(e.ticket().id(), e.staffBadge());
        }
        hall.forecast.observe(view);
        return view;
    }

    /** The ticket as now committed replaces the one in memory, in its line if it waits. */
    private void ticket(Ticket now) {
        Ticket before = hall.tickets.get(now.id());
        if (before != null && before.status() == TicketStatus.WAITING) {
            hall.lines.remove(before);
        }
        restorer.ticket(now);
    }

    private void printing(HallEvent e) {
        if (e.type() == EventType.TICKET_ISSUED && e.ticket().kiosk() != null) {
            hall.prints.put(e.ticket().id(), PrintJob.first(e.ticket().id(), e.ticket().kiosk()));
        }
        PrinterNote note = e.printer();
        if (note == null) {
            return;
        }
        if (note.job() != null) {
            hall.prints.put(note.job().ticketId(), note.job());
        }
        if (note.status() != null) {
            hall.printers.put(note.kiosk(), note.status());
            // The agent reports to the other server now; that server watches it.
            hall.printerHeard.remove(note.kiosk());
        }
    }

    private void cases(HallEvent e) {
        if (e.followUp() == null) {
            return;
        }
        if (e.type() == EventType.CASE_CLOSED) {
            hall.openCases.remove(e.followUp().id());
        } else {
            hall.openCases.put(e.followUp().id(), e.followUp());
            hall.lastCaseId = Math.max(hall.lastCaseId, e.followUp().id());
        }
    }

    private void notices(HallEvent e) {
        if (e.notice() == null) {
            return;
        }
        if (e.notice().isOpen()) {
            hall.openNotices.put(e.notice().code(), e.notice());
        } else {
            hall.openNotices.remove(e.notice().code());
        }
    }

    HallEvent withViews(HallEvent e) {
        Views.Moment m = hall.views.moment(e.ticket());
        Counter counter = e.counter() == null ? null : hall.counters.get(e.counter().number());
        return new HallEvent(e.seq(), e.type(), e.at(), e.ticket(), e.counter(), e.staffBadge(), e.detail(),
                e.ticket() == null ? null : m.ticket(e.ticket()),
                counter == null ? null : m.counter(counter),
                m.queue(), e.printer(), e.followUp(), e.booking(), e.notice(), e.mark(), e.complaint());
    }
}
