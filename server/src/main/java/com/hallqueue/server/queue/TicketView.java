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
        Long estimatedWaitSeconds) {
}
