package com.hallqueue.server.queue;

import com.hallqueue.server.appointments.AppointmentHours;
import com.hallqueue.server.closing.EarlyClosing;
import com.hallqueue.server.matters.VisitEnd;
import java.util.Comparator;
import java.util.Optional;

/** A counter's day: open, call, recall, start, finish, no-show, transfer, pause, resume, close. */
final class CounterActions {

    /** {@code handOver} notes travel with a transferred ticket; {@code ticket.hand_over} keeps 200. */
    static final int HAND_OVER_LENGTH = 200;
    private final HallState hall;
    private final MatterActions matters;
    private final BreakActions breaks;
    private final AppointmentHours bookedOnly;

    CounterActions(HallState hall, MatterActions matters, BreakActions breaks) {
        this.hall = hall;
        this.matters = matters;
        this.breaks = breaks;
        this.bookedOnly = new AppointmentHours(hall.config);
    }

    CounterView open(int number, StaffRef staff) {
        Counter c = hall.counter(number);
        if (c.state() != CounterState.CLOSED) {
            if (c.staff().badge().equals(staff.badge())) {
                return hall.views.now().counter(c);
            }
            throw Refusal.conflict(number + "号窗口已由" + c.staff().name() + "（" + c.staff().badge() + "）登录 / Counter "
                    + number + " is already open by " + c.staff().badge());
        }
        Optional<Counter> elsewhere = hall.counterOf(staff.badge());
        if (elsewhere.isPresent()) {
            leave(elsewhere.get(), staff.badge());
        }
        Counter opened = hall.save(c.openedBy(staff, hall.now()));
        return hall.emit(EventType.COUNTER_OPENED, null, opened, staff.badge(), null).counterView();
    }

    Optional<TicketView> callNext(int number, String badge) {
        Counter c = hall.staffed(number, badge);
        if (c.state() == CounterState.PAUSED) {
            throw Refusal.conflict("暂停服务中，请先恢复服务 / The counter is paused; resume first");
        }
        hall.refuseWhileHolding(c);
        breaks.refuseCallInBreak(c);
        Ticket next = hall.lines.next(c, hall.config.priority().maxConsecutive());
        if (next == null) {
            return Optional.empty();
        }
        AppointmentActions.refuse(bookedOnly.callRefusal(number, next.issuedAt().atZone(hall.config.zone())
                .toLocalDateTime()));
        hall.lines.remove(next);
        Ticket called = hall.save(next.called(number, hall.now()));
        int streak = next.priority() ? c.priorityStreak() + 1 : 0;
        Counter calling = hall.save(c.holding(called.id(), CounterState.CALLING, streak, hall.now()));
        HallEvent e = hall.emit(EventType.TICKET_CALLED, called, calling, badge, null);
        hall.remember(e.ticketView());
        return Optional.of(e.ticketView());
    }

    TicketView recall(int number, String badge) {
        Counter c = hall.staffed(number, badge);
        Ticket t = hall.held(c, CounterState.CALLING, "只能重呼已叫未到的号 / Only a called ticket can be recalled");
        HallEvent e = hall.emit(EventType.TICKET_RECALLED, t, c, badge, null);
        hall.remember(e.ticketView());
        return e.ticketView();
    }

    TicketView start(int number, String badge) {
        Counter c = hall.staffed(number, badge);
        Ticket t = hall.held(c, CounterState.CALLING, "当前没有待开始办理的号 / No called ticket to start");
        Ticket serving = hall.save(t.started(hall.now()));
        Counter busy = hall.save(c.in(CounterState.SERVING, hall.now()));
        return hall.emit(EventType.TICKET_STARTED, serving, busy, badge, null).ticketView();
    }

    /** The visit ends as {@code how} says; the ticket is served (DONE) whatever the matter's outcome. */
    TicketView finish(int number, String badge, VisitEnd how) {
        Counter c = hall.staffed(number, badge);
        matters.check(how);
        Ticket t = hall.held(c, null, "当前没有办理中的号 / No current ticket to finish");
        Ticket done = hall.save(matters.end(t, c, how).ended(TicketStatus.DONE, hall.now()));
        hall.servedBy.put(done.id(), badge);
        Counter free = hall.save(c.released(hall.now()));
        TicketView view = hall.emit(EventType.TICKET_FINISHED, done, free, badge, how.outcome().name()).ticketView();
        matters.afterFinish(done, badge);
        breaks.keep(free);
        return view;
    }

    TicketView noShow(int number, String badge) {
        Counter c = hall.staffed(number, badge);
        Ticket t = hall.held(c, CounterState.CALLING,
                "已开始办理的号不能记为未到 / A ticket in service cannot be a no-show");
        Ticket missed = hall.save(t.ended(TicketStatus.NO_SHOW, hall.now()));
        Counter free = hall.save(c.released(hall.now()));
        TicketView view = hall.emit(EventType.TICKET_NO_SHOW, missed, free, badge, null).ticketView();
        breaks.keep(free);
        return view;
    }

    /** {@code note} goes with the ticket to the next counter (内部流转); this counter stays first if it was. */
    TicketView transfer(int number, String badge, String toService, Integer toCounter, String note) {
        Counter c = hall.staffed(number, badge);
        checkTransferTarget(number, toService, toCounter);
        String handOver = handOver(note);
        Ticket t = hall.held(c, null, "当前没有可转办的号 / No current ticket to transfer");
        String service = toService != null ? toService : t.service();
        Ticket moved = hall.save(t.with(t.matter().takenUpBy(number).handedOver(handOver))
                .waitingAgain(service, toCounter, t.place()));
        hall.lines.add(moved);
        Counter free = hall.save(c.released(hall.now()));
        String target = toService != null ? toService : "counter:" + toCounter;
        TicketView view = hall.emit(EventType.TICKET_TRANSFERRED, moved, free, badge, target).ticketView();
        breaks.keep(free);
        return view;
    }

    TicketView returnNoShow(int number, String badge, String ticketNumber) {
        hall.staffed(number, badge);
        Ticket t = hall.tickets.values().stream()
                .filter(x -> x.number().equals(ticketNumber) && x.status() == TicketStatus.NO_SHOW)
                .max(Comparator.comparing(Ticket::issuedAt))
                .orElseThrow(() -> Refusal.notFound("没有未到的" + ticketNumber + "号 / No missed ticket " + ticketNumber));
        long place = hall.lines.service(t.service()).placeBehind(hall.config.noShow().returnBehind(), hall.lastPlace + 1);
        Ticket back = hall.save(t.waitingAgain(t.service(), null, place));
        hall.lines.add(back);
        return hall.emit(EventType.TICKET_RETURNED, back, null, badge, null).ticketView();
    }

    CounterView pause(int number, String badge, String reason) {
        Counter c = hall.staffed(number, badge);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 100) {
            throw Refusal.badInput("reason", "请填写暂停原因（100字以内）/ Give a reason of up to 100 characters");
        }
        if (c.state() == CounterState.PAUSED) {
            throw Refusal.conflict("已在暂停服务中 / The counter is already paused");
        }
        hall.refuseWhileHolding(c);
        Counter paused = hall.save(c.pausedFor(why, hall.now()));
        return hall.emit(EventType.COUNTER_PAUSED, null, paused, badge, why).counterView();
    }

    CounterView resume(int number, String badge) {
        Counter c = hall.staffed(number, badge);
        if (c.state() != CounterState.PAUSED) {
            throw Refusal.conflict("窗口未暂停 / The counter is not paused");
        }
        Counter open = hall.save(c.in(CounterState.IDLE, hall.now()));
        return hall.emit(EventType.COUNTER_RESUMED, null, open, badge, null).counterView();
    }

    /**
     * Closes the counter. Before closing time, with citizens waiting whom no other open counter
     * can serve (不提前结束营业), the early close is recorded with its reason, or without one; a
     * close that {@code asks} is refused instead when it has none, so that the reason is asked.
     */
    CounterView close(int number, String badge, String reason, boolean asks) {
        Counter c = hall.staffed(number, badge);
        String why = EarlyClosing.reason(reason);
        hall.refuseWhileHolding(c);
        long stranded = EarlyClosing.beforeClosingTime(hall.config, hall.now()) ? stranded(c) : 0;
        if (stranded > 0 && why == null && asks) {
            throw EarlyClosing.reasonRequired(number, stranded);
        }
        HallEvent closed = leave(c, badge);
        if (stranded > 0) {
            hall.emit(EventType.COUNTER_CLOSED_EARLY, null, closed.counter(), badge,
                    why == null ? EarlyClosing.NO_REASON : why);
        }
        return closed.counterView();
    }

    /** How many wait whom {@code closing} may serve and no other counter still open may. */
    private long stranded(Counter closing) {
        return hall.tickets.values().stream()
                .filter(t -> t.status() == TicketStatus.WAITING && mayServe(closing, t))
                .filter(t -> hall.counters.values().stream().noneMatch(k -> k.number() != closing.number()
                        && k.state() != CounterState.CLOSED && mayServe(k, t)))
                .count();
    }

    private static boolean mayServe(Counter k, Ticket t) {
        return t.directedTo() != null ? t.directedTo() == k.number() : k.serves(t.service());
    }

    private HallEvent leave(Counter c, String badge) {
        hall.refuseWhileHolding(c);
        return hall.emit(EventType.COUNTER_CLOSED, null, hall.save(c.closedAt(hall.now())), badge, null);
    }

    /** The transfer's note, trimmed; none when blank. */
    private static String handOver(String note) {
        String handOver = note == null || note.isBlank() ? null : note.strip();
        if (handOver != null && handOver.length() > HAND_OVER_LENGTH) {
            throw Refusal.badInput("note", "转办说明不超过" + HAND_OVER_LENGTH + "字 / note: at most "
                    + HAND_OVER_LENGTH + " characters");
        }
        return handOver;
    }

    private void checkTransferTarget(int from, String toService, Integer toCounter) {
        if ((toService == null) == (toCounter == null)) {
            throw Refusal.badInput("service", "请指定转往的业务或窗口之一 / Give either a service or a counter");
        }
        if (toService != null && hall.config.service(toService).isEmpty()) {
            throw Refusal.badInput("service", "没有此业务 / Unknown service \"" + toService + "\"");
        }
        if (toCounter != null && (!hall.counters.containsKey(toCounter) || toCounter == from)) {
            throw Refusal.badInput("counter", "不能转往此窗口 / Cannot transfer to counter " + toCounter);
        }
    }
}
