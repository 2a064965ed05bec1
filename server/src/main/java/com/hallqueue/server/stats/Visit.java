package com.hallqueue.server.stats;

import java.time.Duration;
import java.time.Instant;

/**
 * One ticket's path through the hall, folded from its events: issued, first called (where
 * and by whom), and each stretch of handling that ended in a finish or a no-show.
 */
final class Visit {

    final String service;
    final Instant issuedAt;
    Instant firstCalledAt;
    Integer firstCounter;
    String firstStaff;
    Instant handlingFrom;
    Integer rating;
    String ratedCounter;
    String ratedStaff;

    Visit(String service, Instant issuedAt) {
        this.service = service;
        this.issuedAt = issuedAt;
    }

    Duration waited() {
        return firstCalledAt == null ? null : Duration.between(issuedAt, firstCalledAt);
    }
}
