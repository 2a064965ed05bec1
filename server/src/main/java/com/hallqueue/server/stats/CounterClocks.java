package com.hallqueue.server.stats;

import com.hallqueue.server.config.CounterDef;
import com.hallqueue.server.config.DayHours;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.store.EventRow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every counter's state through the replay, and the time it spent in each, cut at the hours
 * of the hall's day so a report by hour or day gets its share. A counter's state before the
 * first event read is taken as closed, which is how every counter starts.
 */
final class CounterClocks {

    enum Use { CLOSED, IDLE, BUSY, PAUSED }

    /** Where a stretch of a counter's time is booked: a tally, or null when this report does not book it. */
    interface Booking {
        Tally at(int counter, String staff, ZonedDateTime when);
    }

    private static final class Clock {
        Use use = Use.CLOSED;
        String staff;
        String reason;
    }

    private final HallConfig config;
    private final Instant from;
    private final Instant to;
    private final Booking booking;
    private final WaitingNow waiting = new WaitingNow();
    private final Map<Integer, Clock> clocks = new TreeMap<>();
    private Instant last;

    CounterClocks(HallConfig config, Instant from, Instant to, Booking booking) {
        this.config = config;
        this.from = from;
        this.to = to;
        this.booking = booking;
        config.counters().forEach(c -> clocks.put(c.number(), new Clock()));
    }

    /** Books every counter's time up to {@code t} in its present state, then applies {@code e}. */
    void apply(EventRow e) {
        advanceTo(e.at());
        waiting.apply(e);
        Clock c = e.counter() == null ? null : clocks.get(e.counter());
        if (c != null) {
            change(c, e);
        }
    }

    void advanceTo(Instant t) {
        Instant a = last == null || last.isBefore(from) ? from : last;
        Instant b = t.isAfter(to) ? to : t;
        if (a.isBefore(b)) {
            clocks.forEach((number, clock) -> book(number, clock, a, b));
        }
        last = t;
    }

    private static void change(Clock c, EventRow e) {
        switch (e.type()) {
            case COUNTER_OPENED -> {
                c.use = Use.IDLE;
                c.staff = e.staffBadge();
            }
            case TICKET_CALLED, TICKET_STARTED -> c.use = Use.BUSY;
            case TICKET_FINISHED, TICKET_NO_SHOW, TICKET_TRANSFERRED, TICKET_EXPIRED, COUNTER_RESUMED -> c.use = Use.IDLE;
            case COUNTER_PAUSED -> {
                c.use = Use.PAUSED;
                c.reason = e.detail();
            }
            case COUNTER_CLOSED -> {
                c.use = Use.CLOSED;
                c.staff = null;
            }
            default -> { }
        }
    }

    /** Cuts [a, b) at the hall's hours and books each piece. */
    private void book(int number, Clock c, Instant a, Instant b) {
        ZonedDateTime piece = a.atZone(config.zone());
        ZonedDateTime end = b.atZone(config.zone());
        while (piece.isBefore(end)) {
            ZonedDateTime next = piece.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            ZonedDateTime stop = next.isBefore(end) ? next : end;
            bookPiece(number, c, piece, stop);
            piece = stop;
        }
    }

    private void bookPiece(int number, Clock c, ZonedDateTime a, ZonedDateTime b) {
        Tally t = booking.at(number, c.staff, a);
        if (t == null) {
            return;
        }
        t.timed = true;
        long seconds = Duration.between(a, b).toSeconds();
        switch (c.use) {
            case BUSY -> t.serving += seconds;
            case IDLE -> {
                if (waiting.anyFor(number, services(number))) {
                    t.idleWhileWaiting += seconds;
                } else {
                    t.idle += seconds;
                }
            }
            case PAUSED -> {
                long counted = inServiceHours(a, b);
                t.paused += counted;
                t.pauseReasons.merge(c.reason == null ? "" : c.reason, counted, Long::sum);
            }
            case CLOSED -> t.closed += inServiceHours(a, b);
        }
        if (c.use != Use.CLOSED) {
            t.staffedDays.add(a.toLocalDate());
        }
    }

    private List<String> services(int number) {
        return config.counter(number).map(CounterDef::services).orElse(List.of());
    }

    /** Seconds of [a, b) (within one hour) in the hall's opening hours and outside its breaks. */
    private long inServiceHours(ZonedDateTime a, ZonedDateTime b) {
        LocalDate day = a.toLocalDate();
        DayHours hours = config.hours().on(day).orElse(null);
        if (hours == null) {
            return 0;
        }
        long open = overlap(a, b, day, hours.open(), hours.close());
        for (DayHours.Break br : hours.breaks()) {
            open -= overlap(a, b, day, br.from(), br.to());
        }
        return Math.max(0, open);
    }

    private long overlap(ZonedDateTime a, ZonedDateTime b, LocalDate day, LocalTime from, LocalTime until) {
        ZonedDateTime start = day.atTime(from).atZone(config.zone());
        ZonedDateTime end = until.equals(LocalTime.MAX) ? day.plusDays(1).atStartOfDay(config.zone())
                : day.atTime(until).atZone(config.zone());
        ZonedDateTime lo = a.isAfter(start) ? a : start;
        ZonedDateTime hi = b.isBefore(end) ? b : end;
        return lo.isBefore(hi) ? Duration.between(lo, hi).toSeconds() : 0;
    }
}
