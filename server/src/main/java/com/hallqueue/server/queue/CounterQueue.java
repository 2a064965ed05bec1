package com.hallqueue.server.queue;

import java.time.Instant;
import java.util.List;

/**
 * Who counter {@code counter} will serve: how many wait that it may call, and the next few
 * in the order it would call them. Numbers only; no ticket ids leave through this view.
 */
public record CounterQueue(int counter, int waiting, List<Upcoming> next) {

    /** {@code transferred} is true for a ticket handed to this counter in particular. */
    public record Upcoming(String number, String service, boolean priority, Instant issuedAt, boolean transferred) {

        static Upcoming of(Ticket t) {
            return new Upcoming(t.number(), t.service(), t.priority(), t.issuedAt(), t.directedTo() != null);
        }
    }
}
