package com.hallqueue.server.queue;

import java.time.Instant;
import java.util.List;

/**
 * A counter's live state. It holds at most one ticket; {@code priorityStreak} counts its
 * priority calls in a row, which the priority cap limits. {@code breakUntil} is the end of
 * the last scheduled break (午休) the hall put it on, kept after it resumes so that the same
 * break never pauses it twice (staff may come back early and stay open).
 */
public record Counter(
        int number,
        String name,
        List<String> services,
        CounterState state,
        StaffRef staff,
        String ticketId,
        String pauseReason,
        int priorityStreak,
        Instant since,
        Instant breakUntil) {

    /** A counter as older versions knew it: never on a scheduled break. */
    public Counter(int number, String name, List<String> services, CounterState state, StaffRef staff, String ticketId,
                   String pauseReason, int priorityStreak, Instant since) {
        this(number, name, services, state, staff, ticketId, pauseReason, priorityStreak, since, null);
    }

    static Counter closed(int number, String name, List<String> services) {
        return new Counter(number, name, services, CounterState.CLOSED, null, null, null, 0, null, null);
    }

    public boolean holdsTicket() {
        return ticketId != null;
    }

    public boolean serves(String service) {
        return services.contains(service);
    }

    /** The same counter serving {@code now}; a ticket it holds stays held and finishes as usual. */
    Counter serving(List<String> now) {
        return new Counter(number, name, List.copyOf(now), state, staff, ticketId, pauseReason, priorityStreak, since, breakUntil);
    }

    Counter in(CounterState newState, Instant at) {
        return new Counter(number, name, services, newState, staff, ticketId, null, priorityStreak, at, breakUntil);
    }

    Counter openedBy(StaffRef who, Instant at) {
        return new Counter(number, name, services, CounterState.IDLE, who, null, null, 0, at, breakUntil);
    }

    Counter closedAt(Instant at) {
        return new Counter(number, name, services, CounterState.CLOSED, null, null, null, 0, at, breakUntil);
    }

    Counter holding(String ticket, CounterState newState, int streak, Instant at) {
        return new Counter(number, name, services, newState, staff, ticket, null, streak, at, breakUntil);
    }

    Counter released(Instant at) {
        return new Counter(number, name, services, CounterState.IDLE, staff, null, null, priorityStreak, at, breakUntil);
    }

    Counter pausedFor(String reason, Instant at) {
        return new Counter(number, name, services, CounterState.PAUSED, staff, null, reason, priorityStreak, at, breakUntil);
    }

    /** Paused by the hall for a scheduled break that ends at {@code until}. */
    Counter onBreakUntil(String reason, Instant until, Instant at) {
        return new Counter(number, name, services, CounterState.PAUSED, staff, null, reason, priorityStreak, at, until);
    }
}
