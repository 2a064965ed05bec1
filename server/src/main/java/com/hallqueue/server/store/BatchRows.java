package com.hallqueue.server.store;

import com.hallqueue.server.appointments.Booking;
import com.hallqueue.server.matters.Notice;
import com.hallqueue.server.printing.PrintJob;
import com.hallqueue.server.printing.PrinterState;
import com.hallqueue.server.queue.Counter;
import com.hallqueue.server.queue.EventType;
import com.hallqueue.server.queue.HallEvent;
import com.hallqueue.server.queue.Ticket;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one batch of events and the latest state of everything they touched: tickets,
 * counters, print jobs and printers, follow-up cases, bookings, notices, appraisal marks and complaints,
 * in the caller's transaction.
 */
final class BatchRows {

    private final TicketRows tickets;
    private final CounterRows counters;
    private final EventRows events;
    private final PrintRows prints;
    private final FollowUpRows followUps;
    private final BookingRows bookings;
    private final NoticeRows notices;
    private final FilingRows filings;

    BatchRows(TicketRows tickets, CounterRows counters, EventRows events, PrintRows prints, FollowUpRows followUps,
              BookingRows bookings, NoticeRows notices, FilingRows filings) {
        this.notices = notices;
        this.filings = filings;
        this.tickets = tickets;
        this.counters = counters;
        this.events = events;
        this.prints = prints;
        this.followUps = followUps;
        this.bookings = bookings;
    }

    void save(Connection c, List<HallEvent> batch) throws SQLException {
        Map<String, Ticket> touched = new LinkedHashMap<>();
        Map<Integer, Counter> counterStates = new LinkedHashMap<>();
        Map<Integer, Counter> servicesChanged = new LinkedHashMap<>();
        Set<String> issued = new HashSet<>();
        for (HallEvent e : batch) {
            if (e.type() == EventType.COUNTER_SERVICES_CHANGED) {
                servicesChanged.put(e.counter().number(), e.counter());
            }
            if (e.ticket() != null) {
                touched.put(e.ticket().id(), e.ticket());
            }
            if (e.counter() != null) {
                counterStates.put(e.counter().number(), e.counter());
            }
            if (e.type() == EventType.TICKET_ISSUED) {
                issued.add(e.ticket().id());
            }
        }
        tickets.insert(c, touched.values().stream().filter(t -> issued.contains(t.id())).toList());
        tickets.update(c, touched.values().stream().filter(t -> !issued.contains(t.id())).toList());
        counters.update(c, counterStates.values());
        counters.saveServices(c, servicesChanged.values());
        events.append(c, batch);
        savePrinting(c, batch);
        saveFollowUps(c, batch);
        bookings.save(c, latestBookings(batch));
        notices.save(c, latestNotices(batch));
        filings.save(c, batch);
    }

    private static Collection<Notice> latestNotices(List<HallEvent> batch) {
        Map<String, Notice> latest = new LinkedHashMap<>();
        batch.stream().filter(e -> e.notice() != null).forEach(e -> latest.put(e.notice().code(), e.notice()));
        return latest.values();
    }

    private void saveFollowUps(Connection c, List<HallEvent> batch) throws SQLException {
        followUps.opened(c, batch.stream().filter(e -> e.type() == EventType.CASE_OPENED).map(HallEvent::followUp).toList());
        followUps.closed(c, batch.stream().filter(e -> e.type() == EventType.CASE_CLOSED
                || e.type() == EventType.CASE_CALLED_BACK || e.type() == EventType.CASE_ESCALATED)
                .map(HallEvent::followUp).toList());
    }

    private static Collection<Booking> latestBookings(List<HallEvent> batch) {
        Map<String, Booking> latest = new LinkedHashMap<>();
        batch.stream().filter(e -> e.booking() != null).forEach(e -> latest.put(e.booking().code(), e.booking()));
        return latest.values();
    }

    /** The latest print job of every ticket and state of every printer the batch touched. */
    private void savePrinting(Connection c, List<HallEvent> batch) throws SQLException {
        Map<String, PrintJob> jobs = new LinkedHashMap<>();
        Map<String, PrinterState> states = new LinkedHashMap<>();
        Set<String> issued = new HashSet<>();
        for (HallEvent e : batch) {
            if (e.type() == EventType.TICKET_ISSUED && e.ticket().kiosk() != null) {
                jobs.put(e.ticket().id(), PrintJob.first(e.ticket().id(), e.ticket().kiosk()));
                issued.add(e.ticket().id());
            } else if (e.printer() != null && e.printer().job() != null) {
                jobs.put(e.printer().job().ticketId(), e.printer().job());
            } else if (e.printer() != null && e.printer().status() != null) {
                states.put(e.printer().kiosk(), e.printer().status());
            }
        }
        Instant at = batch.get(batch.size() - 1).at();
        prints.saveJobs(c, jobs.values(), issued, at);
        prints.saveStates(c, states, at);
    }
}
