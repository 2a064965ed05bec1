package com.hallqueue.server.queue;

import com.hallqueue.server.appointments.AppointmentHours;
import com.hallqueue.server.appointments.BookingStatus;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 当日号当日有效: a ticket is for its own hall day. When the day ends (midnight in the hall's
 * zone, or at start for the days a stopped server missed), tickets still waiting or called
 * expire, so yesterday's A001 is never called this morning beside today's. A ticket being
 * served goes on until it is finished. One exception: when the hall serves the booked only
 * through midnight (a night desk, 预约通关), a booked citizen checked in yesterday is still in
 * the hall and still expected; their ticket keeps its number and place into the new day and
 * expires only at that day's end, and the new day's numbers run on after it.
 */
final class DayEnd {

    private final HallState hall;
    private final AppointmentHours bookedOnly;
    /** The hall day last checked; a new day is checked once. */
    private LocalDate checked;

    DayEnd(HallState hall) {
        this.hall = hall;
        this.bookedOnly = new AppointmentHours(hall.config);
    }

    boolean due() {
        return !today().equals(checked);
    }

    private LocalDate today() {
        return hall.now().atZone(hall.config.zone()).toLocalDate();
    }

    List<TicketView> expireEndedDays() {
        LocalDate today = today();
        if (today.equals(checked)) {
            return List.of();
        }
        checked = today;
        Set<String> carried = carriedOver(today);
        // The new day's numbers run on after the carried ones, so no two waiting tickets share a number.
        carried.forEach(id -> hall.numbering.seen(today, hall.tickets.get(id).numberedFor(), hall.tickets.get(id).seq()));
        return hall.tickets.values().stream()
                .filter(t -> t.day().isBefore(today) && unfinished(t) && !carried.contains(t.id()))
                .sorted(Comparator.comparingLong(Ticket::place))
                .toList().stream().map(this::expire).toList();
    }

    /** Yesterday's tickets of checked-in bookings, when the booked-only night runs on past midnight. */
    private Set<String> carriedOver(LocalDate today) {
        if (!bookedOnly.runsAcrossMidnightInto(today)) {
            return Set.of();
        }
        LocalDate yesterday = today.minusDays(1);
        return hall.bookings.all().stream().filter(b -> b.status() == BookingStatus.CHECKED_IN && b.ticketId() != null)
                .map(b -> hall.tickets.get(b.ticketId())).filter(t -> t != null && t.day().equals(yesterday))
                .map(Ticket::id).collect(Collectors.toSet());
    }

    private static boolean unfinished(Ticket t) {
        return t.status() == TicketStatus.WAITING || t.status() == TicketStatus.CALLED;
    }

    private TicketView expire(Ticket t) {
        Counter holder = null;
        if (t.status() == TicketStatus.WAITING) {
            hall.lines.remove(t);
        } else {
            holder = hall.counters.values().stream().filter(c -> t.id().equals(c.ticketId())).findFirst()
                    .map(c -> hall.save(c.released(hall.now()))).orElse(null);
        }
        Ticket expired = hall.save(t.ended(TicketStatus.EXPIRED, hall.now()));
        return hall.emit(EventType.TICKET_EXPIRED, expired, holder, null, null).ticketView();
    }
}
