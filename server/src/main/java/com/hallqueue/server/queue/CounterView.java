package com.hallqueue.server.queue;

import java.util.List;

/** A counter as clients see it, with its current ticket; {@code resumesAt} while on a scheduled break (午休). */
public record CounterView(
        int number,
        String name,
        List<String> services,
        CounterState state,
        StaffRef staff,
        TicketView ticket,
        String pauseReason,
        java.time.Instant resumesAt) {
}
