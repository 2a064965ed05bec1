package com.hallqueue.server.queue;

/** Where a ticket stands. WAITING → CALLED → SERVING → DONE, or NO_SHOW / CANCELLED. */
public enum TicketStatus {
    WAITING, CALLED, SERVING, DONE, NO_SHOW, CANCELLED;

    public boolean isHeldByCounter() {
        return this == CALLED || this == SERVING;
    }
}
