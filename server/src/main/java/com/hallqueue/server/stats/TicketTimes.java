package com.hallqueue.server.stats;

import java.time.Instant;

/**
 * One ticket's durations in seconds: wait (issue to first call), walk (call to start; null
 * when start was skipped) and handle (start, or the call, to finish; summed over transfers).
 * {@code counter} and {@code staff} are where it ended. No ticket id: the list is for managers.
 */
public record TicketTimes(String number, String service, String outcome, Instant issuedAt, Instant firstCalledAt,
                          Integer counter, String staff, Long waitSeconds, Long walkSeconds, Long handleSeconds,
                          int transfers, Integer rating) {
}
