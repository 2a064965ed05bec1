package com.hallqueue.server.queue;

import java.util.List;

/**
 * A counter as clients see it, with its current ticket. While a scheduled break (午休) holds it,
 * {@code resumesAt} is when it resumes by itself and {@code resumeTime} the same on the hall's
 * clock ("13:30"), for screens and LED strips that do not know the hall's time zone.
 */
public record CounterView(
        int number,
        String name,
        List<String> services,
        CounterState state,
        StaffRef staff,
        TicketView ticket,
        String pauseReason,
        java.time.Instant resumesAt,
        String resumeTime) {
}
