package com.hallqueue.server.queue;

import com.hallqueue.server.appointments.WalkIns;
import com.hallqueue.server.config.ServiceDef;
import com.hallqueue.server.matters.Matter;
import com.hallqueue.server.printing.PrintJob;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/** What happens to a ticket away from the counters: issued at the kiosk, cancelled, rated. */
final class TicketActions {

    private final HallState hall;

    private final FollowUpActions followUps;
    private final WalkIns walkIns;

    TicketActions(HallState hall, FollowUpActions followUps) {
        this.hall = hall;
        this.followUps = followUps;
        this.walkIns = new WalkIns(hall.config);
    }

    TicketView issue(String service, boolean priority, String kiosk) {
        return issue(service, priority, kiosk, Matter.NONE);
    }

    /**
     * A walk-in ticket, by the kiosk's checks of hours and daily cap; a return visit carries its
     * {@code matter}. In the hours kept for the booked (预约时段) walk-ins are refused politely.
     */
    TicketView issue(String service, boolean priority, String kiosk, Matter matter) {
        ServiceDef def = hall.config.service(service).orElseThrow(
                () -> Refusal.badInput("service", "没有此业务 / Unknown service \"" + service + "\""));
        ZonedDateTime now = hall.now().atZone(hall.config.zone());
        AppointmentActions.refuse(walkIns.refusal(now.toInstant()));
        hall.config.hours().refusalToIssue(now).ifPresent(why -> {
            throw Refusal.conflict(why);
        });
        if (hall.numbering.issued(now.toLocalDate(), service) >= def.dailyCap()) {
            throw Refusal.conflict("对不起，今日" + def.name() + "号已取完 / Sorry, no more " + def.nameEn() + " tickets today");
        }
        return create(service, priority, kiosk, matter).ticketView();
    }

    /**
     * A ticket without the kiosk's checks of hours and daily cap: an appointment checked in
     * holds its place already, whatever the walk-ins have used up. Returns the issue event.
     */
    HallEvent create(String service, boolean priority, String kiosk) {
        return create(service, priority, kiosk, Matter.NONE);
    }

    private HallEvent create(String service, boolean priority, String kiosk, Matter matter) {
        ZonedDateTime now = hall.now().atZone(hall.config.zone());
        LocalDate day = now.toLocalDate();
        forgetDaysBefore(day.minusDays(1));
        int seq = hall.numbering.next(day, service);
        Ticket t = new Ticket(hall.ids.get(), Numbering.number(service, seq), service, TicketStatus.WAITING, priority,
                now.toInstant(), null, null, null, null, null, day, seq, hall.lastPlace += HallState.PLACE_STEP,
                kiosk, null, matter);
        hall.save(t);
        hall.lines.add(t);
        if (kiosk != null) {
            hall.prints.put(t.id(), PrintJob.first(t.id(), kiosk));
        }
        return hall.emit(EventType.TICKET_ISSUED, t, null, null, kiosk);
    }

    TicketView cancel(String ticketId) {
        Ticket t = hall.ticketById(ticketId);
        if (t.status() != TicketStatus.WAITING) {
            throw Refusal.conflict("只能取消等候中的号 / Only a waiting ticket can be cancelled");
        }
        hall.lines.remove(t);
        Ticket cancelled = hall.save(t.ended(TicketStatus.CANCELLED, hall.now()));
        return hall.emit(EventType.TICKET_CANCELLED, cancelled, null, null, null).ticketView();
    }

    /** {@code padCounters}: the rating comes from a pad at one of these counters, which must have served it. */
    TicketView rate(String ticketId, Evaluation given, RatingChannel channel, List<Integer> padCounters) {
        Evaluation evaluation = given.checked();
        int score = evaluation.score();
        Ticket t = hall.ticketById(ticketId);
        if (t.status() != TicketStatus.DONE) {
            throw Refusal.conflict("办结后才能评价 / A ticket can be rated only after it was served");
        }
        if (padCounters != null && !padCounters.contains(t.counter())) {
            throw Refusal.forbidden("评价器只能评价本窗口办结的号 / An evaluator rates only what its counter served");
        }
        if (t.rating() != null) {
            throw Refusal.conflict("此号已评价 / This ticket was already rated");
        }
        Ticket rated = hall.save(t.rated(score));
        TicketView view = hall.emit(EventType.TICKET_RATED, rated, null, null, RatingChannel.detail(evaluation, channel))
                .ticketView();
        followUps.openIfBad(rated);
        return view;
    }

    /** Also on a server that issues no tickets itself: the hall's yesterday is kept, earlier days go. */
    void forgetOldDays() {
        forgetDaysBefore(hall.now().atZone(hall.config.zone()).toLocalDate().minusDays(1));
    }

    /** Finished tickets of earlier days leave memory; the store keeps them for statistics. */
    private void forgetDaysBefore(LocalDate day) {
        if (day.equals(hall.keptFrom)) {
            return;
        }
        hall.keptFrom = day;
        hall.tickets.values().removeIf(t -> t.day().isBefore(day) && isFinal(t.status()));
        hall.prints.keySet().retainAll(hall.tickets.keySet());
        hall.servedBy.keySet().retainAll(hall.tickets.keySet());
        hall.numbering.forgetBefore(day);
    }

    private static boolean isFinal(TicketStatus s) {
        return s == TicketStatus.DONE || s == TicketStatus.NO_SHOW || s == TicketStatus.CANCELLED
                || s == TicketStatus.EXPIRED;
    }
}
