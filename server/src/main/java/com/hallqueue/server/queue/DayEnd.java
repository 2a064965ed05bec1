package com.hallqueue.server.queue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * 当日号当日有效: a ticket is for its own hall day. When the day ends (midnight in the hall's
 * zone, or at start for the days a stopped server missed), tickets still waiting or called
 * expire, so yesterday's A001 is never called this morning beside today's. A ticket being
 * served goes on until it is finished.
 */
final class DayEnd {

    private final HallState hall;
    /** The hall day last checked; a new day is checked once. */
    private LocalDate checked;

    DayEnd(HallState hall) {
        this.hall = hall;
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
        return hall.tickets.values().stream()
                .filter(t -> t.day().isBefore(today) && unfinished(t))
                .sorted(Comparator.comparingLong(Ticket::place))
                .toList().stream().map(this::expire).toList();
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
