package com.hallqueue.server.stats;

import com.hallqueue.server.queue.EventType;
import com.hallqueue.server.queue.RatingChannel;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.ServiceDef;
import com.hallqueue.server.matters.Outcome;
import com.hallqueue.server.store.EventRow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * One pass over the events in commit order, following each ticket as a {@link Visit} and
 * every counter's time, into one {@link Tally} per key of the report. Only what happened in
 * [from, to) is counted; earlier events only set the scene (tickets issued the evening before).
 */
final class EventFold {

    /** How long after its issue a ticket's visit is kept for later events (a rating the next day). */
    private static final Duration SETTLED_AFTER = Duration.ofDays(7);

    private final HallConfig config;
    private final By by;
    private final Instant from;
    private final Map<String, Visit> visits = new LinkedHashMap<>();
    private final Map<String, Tally> tallies = new TreeMap<>();
    private final CounterClocks clocks;
    private Consumer<Visit> settled = v -> { };

    EventFold(HallConfig config, By by, Instant from, Instant to) {
        this.config = config;
        this.by = by;
        this.from = from;
        this.clocks = new CounterClocks(config, from, to, this::booking);
    }

    /** Hands each ticket issued in the range to {@code settled}, in issue order, once nothing more can change it. */
    EventFold withTickets(Consumer<Visit> settled) {
        this.settled = settled;
        return this;
    }

    /** Folds one event; the events come in commit order. */
    void accept(EventRow e) {
        apply(e);
        settleIssuedBefore(e.at().minus(SETTLED_AFTER));
    }

    /** Books counter time up to {@code until} (now, or the range's end) and hands on every ticket left. */
    EventFold finish(Instant until) {
        clocks.advanceTo(until);
        settleIssuedBefore(Instant.MAX);
        return this;
    }

    Map<String, Tally> tallies() {
        return tallies;
    }

    /**
     * Why: a year of a busy hall is millions of tickets, and each visit is only needed until
     * its ticket's story is over; ratings come at most a day or so after the visit. Visits
     * are kept in issue order, so the oldest leave first.
     */
    private void settleIssuedBefore(Instant cutoff) {
        Iterator<Visit> oldest = visits.values().iterator();
        while (oldest.hasNext()) {
            Visit v = oldest.next();
            if (!v.issuedAt.isBefore(cutoff)) {
                return;
            }
            oldest.remove();
            if (!v.issuedAt.isBefore(from)) {
                settled.accept(v);
            }
        }
    }

    private void apply(EventRow e) {
        clocks.apply(e);
        if (e.type() == EventType.APPOINTMENT_MISSED) {
            missedBooking(e);
            return;
        }
        if (e.ticketId() == null) {
            return;
        }
        Visit v = visits.get(e.ticketId());
        switch (e.type()) {
            case TICKET_ISSUED -> issued(e);
            case TICKET_CALLED -> called(v, e);
            case TICKET_STARTED -> started(v, e);
            case TICKET_FINISHED -> finished(v, e);
            case TICKET_NO_SHOW -> missed(v, e);
            case TICKET_TRANSFERRED -> transferred(v, e);
            case TICKET_CANCELLED -> ended(v, "CANCELLED");
            case TICKET_EXPIRED -> expired(v, e);
            case TICKET_RATED -> rated(v, e);
            case NOTICE_REDEEMED -> returned(v, e);
            default -> { }
        }
    }

    /** A booking nobody came for is a no-show of its service, though no ticket was issued for it. */
    private void missedBooking(EventRow e) {
        if (!inRange(e) || by == By.COUNTER || by == By.STAFF) {
            return;
        }
        ZonedDateTime at = e.at().atZone(config.zone());
        String key = switch (by) {
            case SERVICE -> e.service();
            case HOUR -> hour(at);
            default -> at.toLocalDate().toString();
        };
        tallies.computeIfAbsent(key, k -> new Tally()).noShow++;
    }

    private boolean inRange(EventRow e) {
        return !e.at().isBefore(from);
    }

    private void issued(EventRow e) {
        Visit v = new Visit(e.ticketId(), e.service(), e.at());
        visits.put(e.ticketId(), v);
        if (inRange(e) && by != By.COUNTER && by != By.STAFF) {
            tally(v, e).issued++;
        }
    }

    private void called(Visit v, EventRow e) {
        if (v == null) {
            return;
        }
        v.handlingFrom = e.at();
        v.outcome = "CALLED";
        if (v.firstCalledAt != null) {
            return;
        }
        v.firstCalledAt = e.at();
        if (inRange(e)) {
            Tally t = tally(v, e);
            t.waits.add(v.waited().toSeconds());
            if (by == By.COUNTER || by == By.STAFF) {
                t.issued++;
            }
        }
    }

    private void started(Visit v, EventRow e) {
        if (v == null || v.handlingFrom == null) {
            return;
        }
        long walk = Duration.between(v.handlingFrom, e.at()).toSeconds();
        if (v.walkSeconds == null) {
            v.walkSeconds = walk;
        }
        if (inRange(e)) {
            tally(v, e).walks.add(walk);
        }
        v.handlingFrom = e.at();
    }

    /** A return visit with its 告知单: the detail is the number of the visit before. */
    private static void returned(Visit v, EventRow e) {
        if (v != null) {
            v.returnOf = e.detail();
        }
    }

    private void finished(Visit v, EventRow e) {
        if (v == null) {
            return;
        }
        ended(v, "DONE");
        v.matterOutcome = Outcome.ofDetail(e.detail());
        v.counter = e.counter();
        v.staff = e.staffBadge();
        Long handle = v.handlingFrom == null ? null : Duration.between(v.handlingFrom, e.at()).toSeconds();
        if (handle != null) {
            v.handleSeconds += handle;
            v.handled = true;
        }
        if (!inRange(e)) {
            return;
        }
        Tally t = tally(v, e);
        t.served++;
        t.matterEnded(v);
        if (handle != null) {
            t.handles.add(handle);
            t.normSeconds += config.service(e.service()).map(ServiceDef::handleNorm).orElse(Duration.ZERO).toSeconds();
        }
    }

    private void missed(Visit v, EventRow e) {
        if (v == null) {
            return;
        }
        ended(v, "NO_SHOW");
        v.counter = e.counter();
        v.staff = e.staffBadge();
        if (inRange(e)) {
            tally(v, e).noShow++;
        }
    }

    /** Not served, and not the citizen's no-show either: the day ended before the hall reached them. */
    private void expired(Visit v, EventRow e) {
        if (v == null) {
            return;
        }
        ended(v, "EXPIRED");
        if (inRange(e) && by != By.COUNTER && by != By.STAFF) {
            tally(v, e).expired++;
        }
    }

    private void transferred(Visit v, EventRow e) {
        if (v == null) {
            return;
        }
        if (v.handlingFrom != null) {
            v.handleSeconds += Duration.between(v.handlingFrom, e.at()).toSeconds();
            v.handled = true;
        }
        v.handlingFrom = null;
        v.transfers++;
        v.outcome = "WAITING";
        if (inRange(e)) {
            tally(v, e).transfers++;
        }
    }

    private static void ended(Visit v, String outcome) {
        if (v != null) {
            v.outcome = outcome;
        }
    }

    /** A rating counts for the counter and staff member who finished the ticket. */
    private void rated(Visit v, EventRow e) {
        if (v == null) {
            return;
        }
        v.rating = RatingChannel.scoreOf(e.detail());
        if (!inRange(e)) {
            return;
        }
        String key = switch (by) {
            case COUNTER -> v.counter == null ? null : v.counter.toString();
            case STAFF -> v.staff;
            default -> key(v, e);
        };
        if (key != null) {
            tallies.computeIfAbsent(key, k -> new Tally()).rated(v.rating, RatingChannel.channelOf(e.detail()));
        }
    }

    private Tally tally(Visit v, EventRow e) {
        String key = key(v, e);
        return tallies.computeIfAbsent(key == null ? "-" : key, k -> new Tally());
    }

    private String key(Visit v, EventRow e) {
        return switch (by) {
            case SERVICE -> v.service;
            case HOUR -> hour(v.issuedAt.atZone(config.zone()));
            case DAY -> e.at().atZone(config.zone()).toLocalDate().toString();
            case COUNTER -> e.counter() == null ? null : e.counter().toString();
            case STAFF -> e.staffBadge();
        };
    }

    /** Where a stretch of counter time goes in this report; nowhere when grouped by service. */
    private Tally booking(int counter, String staff, ZonedDateTime when) {
        String key = switch (by) {
            case COUNTER -> Integer.toString(counter);
            case STAFF -> staff;
            case HOUR -> hour(when);
            case DAY -> when.toLocalDate().toString();
            case SERVICE -> null;
        };
        return key == null ? null : tallies.computeIfAbsent(key, k -> new Tally());
    }

    private static String hour(ZonedDateTime t) {
        return String.format("%02d", t.getHour());
    }
}
