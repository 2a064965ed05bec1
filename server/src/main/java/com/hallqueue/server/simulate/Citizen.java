package com.hallqueue.server.simulate;

import java.time.Instant;

/**
 * One simulated citizen: whether they will not answer the call, when they would give up
 * and leave, and what each forecast told them when they took their ticket.
 */
record Citizen(String ticketId, Instant issuedAt, boolean noShow, Instant leavesAt,
               double hallqueue, double les, double ql, double naive, Told told) {

    /** What the ticket said beside the number: the range, and the people ahead and service it was told for. */
    record Told(String service, int ahead, double low, double high) {
    }

    boolean answers(Instant calledAt) {
        return !noShow && (leavesAt == null || leavesAt.isAfter(calledAt));
    }
}
