package com.hallqueue.server.simulate;

import java.time.Instant;

/**
 * One simulated citizen: whether they will not answer the call, when they would give up
 * and leave, and what each forecast told them when they took their ticket.
 */
record Citizen(String ticketId, Instant issuedAt, boolean noShow, Instant leavesAt,
               double hallqueue, double les, double ql, double naive) {

    boolean answers(Instant calledAt) {
        return !noShow && (leavesAt == null || leavesAt.isAfter(calledAt));
    }
}
