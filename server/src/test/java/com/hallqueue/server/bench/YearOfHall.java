package com.hallqueue.server.bench;

import com.hallqueue.server.queue.Counter;
import com.hallqueue.server.queue.CounterState;
import com.hallqueue.server.queue.EventType;
import com.hallqueue.server.queue.HallEvent;
import com.hallqueue.server.queue.StaffRef;
import com.hallqueue.server.queue.Ticket;
import com.hallqueue.server.queue.TicketStatus;
import com.hallqueue.server.store.HallStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Past days of a busy hall written straight into a store, as the server would have
 * committed them, without running the engine: each day the 20 counters of the big test
 * hall open at 08:30, the day's tickets arrive evenly until 17:30 and each goes to the
 * counter free first; a few are not there when called, a fifth are rated. One commit per
 * day, so a year is written in minutes.
 */
final class YearOfHall {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int COUNTERS = 20;

    private final SplittableRandom random = new SplittableRandom(13);
    private final int ticketsPerDay;
    private long seq;
    /** The day's last number of service A and of B. */
    private final int[] numbered = new int[2];

    YearOfHall(int ticketsPerDay) {
        this.ticketsPerDay = ticketsPerDay;
    }

    /** The days {@code from} up to and excluding {@code to}, one commit each. */
    void fill(HallStore store, LocalDate from, LocalDate to) {
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            store.commit(day(day));
        }
    }

    private List<HallEvent> day(LocalDate day) {
        List<Timed> events = new ArrayList<>();
        numbered[0] = 0;
        numbered[1] = 0;
        Instant open = day.atTime(8, 30).atZone(ZONE).toInstant();
        long[] freeAt = new long[COUNTERS + 1];
        for (int n = 1; n <= COUNTERS; n++) {
            freeAt[n] = open.toEpochMilli();
            events.add(new Timed(open, EventType.COUNTER_OPENED, null, counter(n, CounterState.IDLE, null, open), n));
        }
        long spacing = 9L * 3600 * 1000 / ticketsPerDay;
        for (int i = 0; i < ticketsPerDay; i++) {
            int n = firstFree(freeAt);
            freeAt[n] = visit(events, day, i, open.toEpochMilli() + i * spacing, n, freeAt[n]);
        }
        for (int n = 1; n <= COUNTERS; n++) {
            Instant close = Instant.ofEpochMilli(freeAt[n] + 1000);
            events.add(new Timed(close, EventType.COUNTER_CLOSED, null, counter(n, CounterState.CLOSED, null, close), n));
        }
        events.sort(Comparator.comparing(Timed::at));
        List<HallEvent> out = new ArrayList<>(events.size());
        for (Timed t : events) {
            String by = t.type == EventType.TICKET_ISSUED || t.type == EventType.TICKET_RATED ? null : badge(t.by);
            out.add(new HallEvent(++seq, t.type, t.at, t.ticket, t.counter, by,
                    t.type == EventType.TICKET_RATED ? Integer.toString(t.ticket.rating()) : null, null, null, null));
        }
        return out;
    }

    /** One citizen's visit; returns when the counter is free again. */
    private long visit(List<Timed> events, LocalDate day, int i, long issued, int n, long counterFree) {
        String service = i % 4 == 3 && n % 2 == 0 ? "B" : "A";
        String id = String.format("y%s-%05d", day, i);
        int number = ++numbered[service.equals("A") ? 0 : 1];
        Ticket waiting = new Ticket(id, service + (number < 1000 ? String.format("%03d", number) : number), service,
                TicketStatus.WAITING, false, at(issued), null, null, null, null, null, day, number, (i + 1) * 1024L,
                "K" + (i % 8 + 1), null);
        events.add(new Timed(at(issued), EventType.TICKET_ISSUED, waiting, null, n));
        long called = Math.max(issued + 1000, counterFree + 1000);
        Ticket onCall = with(waiting, TicketStatus.CALLED, called, 0, 0, n, null);
        events.add(new Timed(at(called), EventType.TICKET_CALLED, onCall,
                counter(n, CounterState.CALLING, id, at(called)), n));
        if (random.nextInt(100) < 4) {
            long gone = called + 120_000;
            events.add(new Timed(at(gone), EventType.TICKET_NO_SHOW, with(onCall, TicketStatus.NO_SHOW, called, 0, gone,
                    n, null), counter(n, CounterState.IDLE, null, at(gone)), n));
            return gone;
        }
        long started = called + 10_000 + random.nextInt(30_000);
        long finished = started + 50_000 + random.nextInt(100_000);
        events.add(new Timed(at(started), EventType.TICKET_STARTED, with(onCall, TicketStatus.SERVING, called, started,
                0, n, null), counter(n, CounterState.SERVING, id, at(started)), n));
        Ticket done = with(onCall, TicketStatus.DONE, called, started, finished, n, null);
        events.add(new Timed(at(finished), EventType.TICKET_FINISHED, done, counter(n, CounterState.IDLE, null,
                at(finished)), n));
        if (random.nextInt(5) == 0) {
            int score = random.nextInt(10) == 0 ? 2 : 4 + random.nextInt(2);
            events.add(new Timed(at(finished + 15_000), EventType.TICKET_RATED,
                    with(done, TicketStatus.DONE, called, started, finished, n, score), null, n));
        }
        return finished;
    }

    private static int firstFree(long[] freeAt) {
        int best = 1;
        for (int n = 2; n < freeAt.length; n++) {
            if (freeAt[n] < freeAt[best]) {
                best = n;
            }
        }
        return best;
    }

    private static Ticket with(Ticket t, TicketStatus status, long called, long started, long finished, int counter,
                               Integer rating) {
        return new Ticket(t.id(), t.number(), t.service(), status, t.priority(), t.issuedAt(), at(called),
                started == 0 ? null : at(started), finished == 0 ? null : at(finished), counter, null, t.day(), t.seq(),
                t.place(), t.kiosk(), rating);
    }

    private static Counter counter(int n, CounterState state, String ticket, Instant since) {
        StaffRef staff = state == CounterState.CLOSED ? null : new StaffRef(badge(n), "员工" + n);
        return new Counter(n, n + "号窗口", n % 2 == 1 ? List.of("A") : List.of("A", "B"), state, staff, ticket, null, 0,
                since);
    }

    private static String badge(int counter) {
        return Integer.toString(1000 + counter);
    }

    private static Instant at(long ms) {
        return Instant.ofEpochMilli(ms);
    }

    private record Timed(Instant at, EventType type, Ticket ticket, Counter counter, int by) {
    }
}
