package com.hallqueue.server.queue;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.ServiceDef;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The hall's queue: issues tickets and runs every counter action by the hall's rules.
 * Plain Java with an injected clock, so the live server, the tests and the simulator run
 * the same rules. Not thread-safe: one thread drives it. Each change is recorded as a
 * {@link HallEvent}; the caller commits them ({@link #drainEvents()}) before telling anyone.
 */
public final class QueueEngine {

    private static final long PLACE_STEP = 1024;
    private static final int RECENT_CALLS = 10;

    private final HallConfig config;
    private final Clock clock;
    private final Supplier<String> ids;
    private final Map<String, Ticket> tickets = new HashMap<>();
    private final Map<Integer, Counter> counters = new TreeMap<>();
    private final WaitingLines lines = new WaitingLines();
    private final Numbering numbering = new Numbering();
    private final Deque<TicketView> recentCalls = new ArrayDeque<>();
    private final List<HallEvent> pending = new ArrayList<>();
    private final Views views;
    private long lastSeq;
    private long lastPlace;
    private LocalDate keptFrom;

    public QueueEngine(HallConfig config, Clock clock, Supplier<String> ids, HallRecord record) {
        this.config = config;
        this.clock = clock;
        this.ids = ids;
        this.views = new Views(config, tickets, counters, lines);
        new Restorer(this).restore(record);
    }

    // ---- the kiosk

    public TicketView issue(String service, boolean priority, String kiosk) {
        ServiceDef def = config.service(service).orElseThrow(
                () -> Refusal.badInput("service", "没有此业务 / Unknown service \"" + service + "\""));
        ZonedDateTime now = now().atZone(config.zone());
        config.hours().refusalToIssue(now).ifPresent(why -> {
            throw Refusal.conflict(why);
        });
        LocalDate day = now.toLocalDate();
        forgetDaysBefore(day.minusDays(1));
        if (numbering.issued(day, service) >= def.dailyCap()) {
            throw Refusal.conflict("今日" + def.name() + "号已取完 / No more " + def.nameEn() + " tickets today");
        }
        int seq = numbering.next(day, service);
        Ticket t = new Ticket(ids.get(), Numbering.number(service, seq), service, TicketStatus.WAITING, priority,
                now.toInstant(), null, null, null, null, null, day, seq, lastPlace += PLACE_STEP, kiosk, null);
        tickets.put(t.id(), t);
        lines.add(t);
        return emit(EventType.TICKET_ISSUED, t, null, null, kiosk).ticketView();
    }

    public TicketView cancel(String ticketId) {
        Ticket t = ticketById(ticketId);
        if (t.status() != TicketStatus.WAITING) {
            throw Refusal.conflict("只能取消等候中的号 / Only a waiting ticket can be cancelled");
        }
        lines.remove(t);
        return emit(EventType.TICKET_CANCELLED, save(t.ended(TicketStatus.CANCELLED, now())), null, null, null)
                .ticketView();
    }

    public TicketView rate(String ticketId, int score, String byBadge) {
        if (score < 1 || score > 5) {
            throw Refusal.badInput("score", "评价须为1到5 / score must be 1 to 5");
        }
        Ticket t = ticketById(ticketId);
        if (t.status() != TicketStatus.DONE) {
            throw Refusal.conflict("办结后才能评价 / A ticket can be rated only after it was served");
        }
        if (t.rating() != null) {
            throw Refusal.conflict("此号已评价 / This ticket was already rated");
        }
        return emit(EventType.TICKET_RATED, save(t.rated(score)), null, byBadge, Integer.toString(score))
                .ticketView();
    }

    // ---- a counter's day

    public CounterView open(int number, StaffRef staff) {
        Counter c = counter(number);
        if (c.state() != CounterState.CLOSED) {
            if (c.staff().badge().equals(staff.badge())) {
                return views.counter(c);
            }
            throw Refusal.conflict(number + "号窗口已由" + c.staff().name() + "（" + c.staff().badge() + "）登录 / Counter "
                    + number + " is already open by " + c.staff().badge());
        }
        Optional<Counter> elsewhere = counterOf(staff.badge());
        if (elsewhere.isPresent()) {
            leave(elsewhere.get(), staff.badge());
        }
        return emit(EventType.COUNTER_OPENED, null, save(c.openedBy(staff, now())), staff.badge(), null)
                .counterView();
    }

    public Optional<TicketView> callNext(int number, String badge) {
        Counter c = staffed(number, badge);
        if (c.state() == CounterState.PAUSED) {
            throw Refusal.conflict("暂停服务中，请先恢复服务 / The counter is paused; resume first");
        }
        refuseWhileHolding(c);
        Ticket next = lines.next(c, config.priority().maxConsecutive());
        if (next == null) {
            return Optional.empty();
        }
        lines.remove(next);
        Ticket called = save(next.called(number, now()));
        int streak = next.priority() ? c.priorityStreak() + 1 : 0;
        Counter calling = save(c.holding(called.id(), CounterState.CALLING, streak, now()));
        HallEvent e = emit(EventType.TICKET_CALLED, called, calling, badge, null);
        remember(e.ticketView());
        return Optional.of(e.ticketView());
    }

    public TicketView recall(int number, String badge) {
        Counter c = staffed(number, badge);
        Ticket t = held(c, CounterState.CALLING, "只能重呼已叫未到的号 / Only a called ticket can be recalled");
        HallEvent e = emit(EventType.TICKET_RECALLED, t, c, badge, null);
        remember(e.ticketView());
        return e.ticketView();
    }

    public TicketView start(int number, String badge) {
        Counter c = staffed(number, badge);
        Ticket t = held(c, CounterState.CALLING, "当前没有待开始办理的号 / No called ticket to start");
        Ticket serving = save(t.started(now()));
        return emit(EventType.TICKET_STARTED, serving, save(c.in(CounterState.SERVING, now())), badge, null)
                .ticketView();
    }

    public TicketView finish(int number, String badge) {
        Counter c = staffed(number, badge);
        Ticket t = held(c, null, "当前没有办理中的号 / No current ticket to finish");
        Ticket done = save(t.ended(TicketStatus.DONE, now()));
        return emit(EventType.TICKET_FINISHED, done, save(c.released(now())), badge, null).ticketView();
    }

    public TicketView noShow(int number, String badge) {
        Counter c = staffed(number, badge);
        Ticket t = held(c, CounterState.CALLING, "已开始办理的号不能记为未到 / A ticket in service cannot be a no-show");
        Ticket missed = save(t.ended(TicketStatus.NO_SHOW, now()));
        return emit(EventType.TICKET_NO_SHOW, missed, save(c.released(now())), badge, null).ticketView();
    }

    /** Hands the current ticket to another service or counter; it keeps its place by arrival. */
    public TicketView transfer(int number, String badge, String toService, Integer toCounter) {
        Counter c = staffed(number, badge);
        if ((toService == null) == (toCounter == null)) {
            throw Refusal.badInput("service", "请指定转往的业务或窗口之一 / Give either a service or a counter");
        }
        if (toService != null && config.service(toService).isEmpty()) {
            throw Refusal.badInput("service", "没有此业务 / Unknown service \"" + toService + "\"");
        }
        if (toCounter != null && (!counters.containsKey(toCounter) || toCounter == number)) {
            throw Refusal.badInput("counter", "不能转往此窗口 / Cannot transfer to counter " + toCounter);
        }
        Ticket t = held(c, null, "当前没有可转办的号 / No current ticket to transfer");
        Ticket moved = save(t.waitingAgain(toService != null ? toService : t.service(), toCounter, t.place()));
        lines.add(moved);
        String target = toService != null ? toService : "counter:" + toCounter;
        return emit(EventType.TICKET_TRANSFERRED, moved, save(c.released(now())), badge, target).ticketView();
    }

    /** A citizen who missed the call came back: a few places behind the head of their line. */
    public TicketView returnNoShow(int number, String badge, String ticketNumber) {
        staffed(number, badge);
        Ticket t = tickets.values().stream()
                .filter(x -> x.number().equals(ticketNumber) && x.status() == TicketStatus.NO_SHOW)
                .max(Comparator.comparing(Ticket::issuedAt))
                .orElseThrow(() -> Refusal.notFound("没有未到的" + ticketNumber + "号 / No missed ticket " + ticketNumber));
        long place = lines.service(t.service()).placeBehind(config.noShow().returnBehind(), lastPlace + 1);
        Ticket back = save(t.waitingAgain(t.service(), null, place));
        lines.add(back);
        return emit(EventType.TICKET_RETURNED, back, null, badge, null).ticketView();
    }

    public CounterView pause(int number, String badge, String reason) {
        Counter c = staffed(number, badge);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 100) {
            throw Refusal.badInput("reason", "请填写暂停原因（100字以内）/ Give a reason of up to 100 characters");
        }
        if (c.state() == CounterState.PAUSED) {
            throw Refusal.conflict("已在暂停服务中 / The counter is already paused");
        }
        refuseWhileHolding(c);
        return emit(EventType.COUNTER_PAUSED, null, save(c.pausedFor(why, now())), badge, why).counterView();
    }

    public CounterView resume(int number, String badge) {
        Counter c = staffed(number, badge);
        if (c.state() != CounterState.PAUSED) {
            throw Refusal.conflict("窗口未暂停 / The counter is not paused");
        }
        return emit(EventType.COUNTER_RESUMED, null, save(c.in(CounterState.IDLE, now())), badge, null)
                .counterView();
    }

    public CounterView close(int number, String badge) {
        return leave(staffed(number, badge), badge).counterView();
    }

    // ---- what clients read

    public Optional<TicketView> ticket(String ticketId) {
        return Optional.ofNullable(tickets.get(ticketId)).map(views::ticket);
    }

    public Optional<CounterView> counterView(int number) {
        return Optional.ofNullable(counters.get(number)).map(views::counter);
    }

    /** Which counter this staff member works at, if any. */
    public Optional<Integer> counterOfStaff(String badge) {
        return counterOf(badge).map(Counter::number);
    }

    public List<CounterView> counters() {
        return views.counters();
    }

    public QueueView queue() {
        return views.queue();
    }

    /** The latest calls, newest first, so a screen that (re)connects can show them. */
    public List<TicketView> recentCalls() {
        return List.copyOf(recentCalls);
    }

    public long lastSeq() {
        return lastSeq;
    }

    /** The changes made since the last drain, in order; the caller commits them. */
    public List<HallEvent> drainEvents() {
        List<HallEvent> out = List.copyOf(pending);
        pending.clear();
        return out;
    }

    // ---- rules shared by the actions

    private Counter counter(int number) {
        Counter c = counters.get(number);
        if (c == null) {
            throw Refusal.notFound("没有" + number + "号窗口 / No counter " + number);
        }
        return c;
    }

    private Counter staffed(int number, String badge) {
        Counter c = counter(number);
        if (c.staff() == null || !c.staff().badge().equals(badge)) {
            throw Refusal.forbidden("您未在" + number + "号窗口登录 / You are not working at counter " + number);
        }
        return c;
    }

    private Ticket held(Counter c, CounterState required, String refusal) {
        if (!c.holdsTicket() || (required != null && c.state() != required)) {
            throw Refusal.conflict(refusal);
        }
        return tickets.get(c.ticketId());
    }

    private void refuseWhileHolding(Counter c) {
        if (c.holdsTicket()) {
            String number = tickets.get(c.ticketId()).number();
            throw Refusal.conflict("当前号" + number + "尚未办结 / Ticket " + number + " is still held by this counter");
        }
    }

    private HallEvent leave(Counter c, String badge) {
        refuseWhileHolding(c);
        return emit(EventType.COUNTER_CLOSED, null, save(c.closedAt(now())), badge, null);
    }

    private Optional<Counter> counterOf(String badge) {
        return counters.values().stream()
                .filter(c -> c.staff() != null && c.staff().badge().equals(badge)).findFirst();
    }

    private Ticket ticketById(String id) {
        Ticket t = id == null ? null : tickets.get(id);
        if (t == null) {
            throw Refusal.notFound("没有此号 / No such ticket");
        }
        return t;
    }

    private void remember(TicketView call) {
        recentCalls.addFirst(call);
        if (recentCalls.size() > RECENT_CALLS) {
            recentCalls.removeLast();
        }
    }

    /** Finished tickets of earlier days leave memory; the store keeps them for statistics. */
    private void forgetDaysBefore(LocalDate day) {
        if (day.equals(keptFrom)) {
            return;
        }
        keptFrom = day;
        tickets.values().removeIf(t -> t.day().isBefore(day) && isFinal(t.status()));
        numbering.forgetBefore(day);
    }

    private static boolean isFinal(TicketStatus s) {
        return s == TicketStatus.DONE || s == TicketStatus.NO_SHOW || s == TicketStatus.CANCELLED;
    }

    /** The store keeps milliseconds; so does the engine, so a restart reads back the same times. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private Ticket save(Ticket t) {
        tickets.put(t.id(), t);
        return t;
    }

    private Counter save(Counter c) {
        counters.put(c.number(), c);
        return c;
    }

    private HallEvent emit(EventType type, Ticket t, Counter c, String badge, String detail) {
        HallEvent e = new HallEvent(++lastSeq, type, now(), t, c, badge, detail,
                t == null ? null : views.ticket(t), c == null ? null : views.counter(c), views.queue());
        pending.add(e);
        return e;
    }

    /** Rebuilds the engine's state from a {@link HallRecord}; kept apart so start-up reads in one place. */
    private static final class Restorer {
        private final QueueEngine e;

        Restorer(QueueEngine engine) {
            this.e = engine;
        }

        void restore(HallRecord record) {
            e.config.counters().forEach(d -> e.counters.put(d.number(), Counter.closed(d.number(), d.name(), d.services())));
            record.tickets().forEach(this::ticket);
            record.counters().forEach(this::counter);
            record.tickets().stream().filter(t -> t.calledAt() != null)
                    .sorted(Comparator.comparing(Ticket::calledAt).reversed()).limit(RECENT_CALLS)
                    .forEach(t -> e.recentCalls.addLast(e.views.ticket(t)));
            e.lastSeq = record.lastSeq();
        }

        private void ticket(Ticket t) {
            e.tickets.put(t.id(), t);
            e.numbering.seen(t.day(), t.numberedFor(), t.seq());
            e.lastPlace = Math.max(e.lastPlace, t.place());
            if (t.status() == TicketStatus.WAITING) {
                e.lines.add(t);
            }
        }

        /** Names and services come from today's config; state, staff and ticket from the store. */
        private void counter(Counter stored) {
            Counter configured = e.counters.get(stored.number());
            if (configured == null) {
                return;
            }
            boolean ticketKnown = stored.ticketId() == null || e.tickets.containsKey(stored.ticketId());
            e.counters.put(stored.number(), new Counter(stored.number(), configured.name(), configured.services(),
                    ticketKnown ? stored.state() : CounterState.IDLE, stored.staff(),
                    ticketKnown ? stored.ticketId() : null, stored.pauseReason(), stored.priorityStreak(),
                    stored.since()));
        }
    }
}
