package com.hallqueue.server.stats;

import java.time.Duration;
import java.time.Instant;

/**
 * One ticket's path through the hall, folded from its events: issued, first called, each
 * stretch of handling, transfers, how it ended, who finished it and its rating.
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

    Visit(String ticketId, String service, Instant issuedAt) {
        this.ticketId = ticketId;
        this.service = service;
        this.issuedAt = issuedAt;
    }

    Duration waited() {
        return firstCalledAt == null ? null : Duration.between(issuedAt, firstCalledAt);
    }
}
