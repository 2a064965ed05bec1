package com.hallqueue.server.queue;

import java.util.List;

/**
 * What the store hands the engine at start: the tickets still in play or issued on the
 * last two days, every counter's state, and the last committed event number.
 */
public record HallRecord(List<Ticket> tickets, List<Counter> counters, long lastSeq) {

    public static HallRecord empty() {
        return new HallRecord(List.of(), List.of(), 0);
    }
}
