package com.hallqueue.server.stats;

import com.hallqueue.server.matters.Outcome;
import java.time.Duration;
import java.time.Instant;

/**
 * One ticket's path through the hall, folded from its events: issued, first called, each
 * stretch of handling, transfers, how it ended, who finished it and its rating, and its
 * matter: the outcome of the visit and, for a return visit, the visit it returns after.
 */
final class Visit {

    final String ticketId;
    final String service;
    final Instant issuedAt;
    Instant firstCalledAt;
    Instant handlingFrom;
    Long walkSeconds;
    long handleSeconds;
    boolean handled;
    int transfers;
    String outcome = "WAITING";
    Integer counter;
    String staff;
    Integer rating;
    /**
     * How the matter stood when this visit ended (DONE, NOTICE, REFUSED; null until finished):
     * {@code outcome} above is the ticket's end, this is the matter's.
     */
    Outcome matterOutcome;
    /** The number of the visit this one came back after with its 告知单; null for a first visit. */
    String returnOf;

    Visit(String ticketId, String service, Instant issuedAt) {
        this.ticketId = ticketId;
        this.service = service;
        this.issuedAt = issuedAt;
    }

    /** This visit closed its matter (DONE or REFUSED) at the first visit, with no notice before (一趟办好). */
    boolean closedAtFirstVisit() {
        return matterOutcome != null && matterOutcome.closesMatter() && returnOf == null;
    }

    Duration waited() {
        return firstCalledAt == null ? null : Duration.between(issuedAt, firstCalledAt);
    }
}
