package com.hallqueue.server.queue;

import java.time.Instant;

/** A ticket as clients see it: no internal ordering, with the people ahead and the forecast. */
public record TicketView(
        String id,
        String number,
        String service,
        TicketStatus status,
        boolean priority,
        Instant issuedAt,
        Instant calledAt,
        Integer counter,
        int ahead,
        Long estimatedWaitSeconds,
        Long estimatedWaitLowSeconds,
        Long estimatedWaitHighSeconds) {

    /** A ticket as it stands without a forecast: read back from the store, or a past call. */
    public static TicketView settled(Ticket t) {
        return new TicketView(t.id(), t.number(), t.service(), t.status(), t.priority(), t.issuedAt(),
                t.calledAt(), t.counter(), 0, null, null, null);
    }
}
