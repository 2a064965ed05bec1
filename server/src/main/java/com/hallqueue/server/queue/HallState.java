package com.hallqueue.server.queue;

import com.hallqueue.server.appointments.Booking;
import com.hallqueue.server.appraisal.Complaint;
import com.hallqueue.server.appraisal.Mark;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.followup.FollowUp;
import com.hallqueue.server.matters.Notice;
import com.hallqueue.server.printing.PrintJob;
import com.hallqueue.server.printing.PrinterNote;
import com.hallqueue.server.printing.PrinterState;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The engine's memory of the hall and the checks every action shares. Each change goes
 * through {@link #save} and is recorded by {@link #emit}, in order.
 */
final class HallState implements HallView {

    static final long PLACE_STEP = 1024;
    static final int RECENT_CALLS = 10;

    final HallConfig config;
    final Clock clock;
    final Supplier<String> ids;
    final Map<String, Ticket> tickets = new HashMap<>();
    final Map<Integer, Counter> counters = new TreeMap<>();
    final WaitingLines lines = new WaitingLines();
    final Numbering numbering = new Numbering();
    final Deque<TicketView> recentCalls = new ArrayDeque<>();
    final List<HallEvent> pending = new ArrayList<>();
    final Map<String, PrintJob> prints = new HashMap<>();
    final Map<String, PrinterState> printers = new TreeMap<>();
    /** When each watched printer agent last reported; not stored, a restart watches afresh. */
    final Map<String, Instant> printerHeard = new HashMap<>();
    /** Who finished each ticket, for the follow-up case of a bad rating; not stored. */
    final Map<String, String> servedBy = new HashMap<>();
    final Map<Long, FollowUp> openCases = new TreeMap<>();
    final Bookings bookings = new Bookings();
    /** The 一次性告知单 still open, by code: their matters wait for the citizen's return. */
    final Map<String, Notice> openNotices = new HashMap<>();
    final Views views;
    long lastSeq;
    long lastCaseId;
    long lastPlace;
    LocalDate keptFrom;

    final WaitForecast forecast;

    HallState(HallConfig config, Clock clock, Supplier<String> ids, WaitForecast forecast) {
        this.config = config;
        this.clock = clock;
        this.ids = ids;
        this.forecast = forecast;
        this.views = new Views(this);
    }

    @Override
    public HallConfig config() {
        return config;
    }

    @Override
    public java.util.Collection<Counter> counters() {
        return counters.values();
    }

    @Override
    public Ticket ticket(String id) {
        return tickets.get(id);
    }

    @Override
    public int waitingCount(String service, boolean priority) {
        return lines.waitingFor(service, priority);
    }

    @Override
    public int ahead(Ticket t) {
        return lines.ahead(t);
    }

    @Override
    public java.util.Iterator<Ticket> waiting(String service, boolean priority) {
        return lines.waiting(service, priority);
    }

    @Override
    public java.util.Iterator<Ticket> directedTo(int counter, boolean priority) {
        return lines.directedTo(counter, priority);
    }

    /** The store keeps milliseconds; so does the engine, so a restart reads back the same times. */
    @Override
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    Counter counter(int number) {
        Counter c = counters.get(number);
        if (c == null) {
            throw Refusal.notFound("没有" + number + "号窗口 / No counter " + number);
        }
        return c;
    }

    /** The counter, if {@code badge} is the member of staff working there. */
    Counter staffed(int number, String badge) {
        Counter c = counter(number);
        if (c.staff() == null || !c.staff().badge().equals(badge)) {
            throw Refusal.forbidden("您未在" + number + "号窗口登录 / You are not working at counter " + number);
        }
        return c;
    }

    /** The counter's current ticket; refused unless it holds one (in the {@code required} state, if given). */
    Ticket held(Counter c, CounterState required, String refusal) {
        if (!c.holdsTicket() || (required != null && c.state() != required)) {
            throw Refusal.conflict(refusal);
        }
        return tickets.get(c.ticketId());
    }

    void refuseWhileHolding(Counter c) {
        if (c.holdsTicket()) {
            String number = tickets.get(c.ticketId()).number();
            throw Refusal.conflict("当前号" + number + "尚未办结 / Ticket " + number + " is still held by this counter");
        }
    }

    Optional<Counter> counterOf(String badge) {
        return counters.values().stream()
                .filter(c -> c.staff() != null && c.staff().badge().equals(badge)).findFirst();
    }

    Ticket ticketById(String id) {
        Ticket t = id == null ? null : tickets.get(id);
        if (t == null) {
            throw Refusal.notFound("没有此号 / No such ticket");
        }
        return t;
    }

    void remember(TicketView call) {
        recentCalls.addFirst(call);
        if (recentCalls.size() > RECENT_CALLS) {
            recentCalls.removeLast();
        }
    }

    Ticket save(Ticket t) {
        tickets.put(t.id(), t);
        return t;
    }

    Counter save(Counter c) {
        counters.put(c.number(), c);
        return c;
    }

    HallEvent emit(EventType type, Ticket t, Counter c, String badge, String detail) {
        return emit(type, t, c, badge, detail, null);
    }

    HallEvent emit(EventType type, Ticket t, Counter c, String badge, String detail, PrinterNote printer) {
        return emit(type, t, c, badge, detail, printer, null, null);
    }

    HallEvent emitCase(EventType type, FollowUp followUp, String badge) {
        return emit(type, null, null, badge, null, null, followUp, null);
    }

    /** A manager's appraisal mark or a complaint register entry: no ticket, no counter. */
    HallEvent emitFiling(EventType type, Mark mark, Complaint complaint, String badge) {
        Views.Moment m = views.moment((Ticket) null);
        HallEvent e = new HallEvent(++lastSeq, type, now(), null, null, badge, null, null, null, m.queue(), null, null,
                null, mark, complaint);
        pending.add(e);
        forecast.observe(e);
        return e;
    }

    /** An appointment's change, with the ticket it was checked in for, if any. */
    HallEvent emit(EventType type, Ticket t, Booking booking) {
        return emit(type, t, null, null, booking.slot().label(), null, null, booking);
    }

    /** A notice's change, with the ticket it concerns. */
    HallEvent emitNotice(EventType type, Ticket t, Notice notice, String badge, String detail) {
        return emit(type, t, null, badge, detail, null, null, null, notice);
    }

    private HallEvent emit(EventType type, Ticket t, Counter c, String badge, String detail, PrinterNote printer,
                           FollowUp followUp, Booking booking) {
        return emit(type, t, c, badge, detail, printer, followUp, booking, null);
    }

    /** The end of the hall's day {@code day}: the close of its hours, or the next midnight for a hall open until 24:00. */
    Instant closeOf(LocalDate day) {
        java.time.LocalTime close = config.hours().on(day).map(com.hallqueue.server.config.DayHours::close)
                .orElse(java.time.LocalTime.MAX);
        return close.equals(java.time.LocalTime.MAX)
                ? day.plusDays(1).atStartOfDay(config.zone()).toInstant()
                : day.atTime(close).atZone(config.zone()).toInstant();
    }

    private HallEvent emit(EventType type, Ticket t, Counter c, String badge, String detail, PrinterNote printer,
                           FollowUp followUp, Booking booking, Notice notice) {
        Views.Moment m = views.moment(t);
        HallEvent e = new HallEvent(++lastSeq, type, now(), t, c, badge, detail,
                t == null ? null : m.ticket(t), c == null ? null : m.counter(c), m.queue(), printer, followUp,
                booking, notice);
        pending.add(e);
        forecast.observe(e);
        return e;
    }
}
