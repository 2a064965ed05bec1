package com.hallqueue.server.queue;

import java.time.Instant;

/**
 * One committed change: the ticket and/or counter as they are after it, who made it, and
 * the views the screens are told. {@code seq} is the hall's commit order. {@code detail}
 * is the pause reason, the transfer target or the rating, where there is one.
 */
public record HallEvent(
        long seq,
        EventType type,
        Instant at,
        Ticket ticket,
        Counter counter,
        String staffBadge,
        String detail,
        TicketView ticketView,
        CounterView counterView,
        QueueView queue) {
}
