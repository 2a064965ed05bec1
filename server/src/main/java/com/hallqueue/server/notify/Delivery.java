package com.hallqueue.server.notify;

import java.time.Instant;

/** One message of the outbox as a manager sees it: the phone masked, never the number itself. */
public record Delivery(long id, String ticketNumber, MessageKind kind, int place, String phone, String state,
                       int attempts, String lastError, Instant decidedAt, Instant doneAt) {
}
