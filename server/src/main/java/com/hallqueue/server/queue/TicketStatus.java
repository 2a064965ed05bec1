package com.hallqueue.server.queue;

/**
 * Where a ticket stands. WAITING → CALLED → SERVING → DONE, or NO_SHOW / CANCELLED; EXPIRED
 * when its hall day ended while it still waited or was called (当日号当日有效).
 */
public enum TicketStatus {
    WAITING, CALLED, SERVING, DONE, NO_SHOW, CANCELLED, EXPIRED;

    public boolean isHeldByCounter() {
        return this == CALLED || this == SERVING;
    }
}
