package com.hallqueue.server.queue;

import java.util.List;

/** A counter as clients see it, with its current ticket. */
public record CounterView(
        int number,
        String name,
        List<String> services,
        CounterState state,
        StaffRef staff,
        TicketView ticket,
        String pauseReason) {
}
