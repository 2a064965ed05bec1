package com.hallqueue.server.store;

import com.hallqueue.server.queue.EventType;
import java.time.Instant;

/** One stored event, as statistics read it back. */
public record EventRow(long seq, Instant at, EventType type, String ticketId, Integer counter,
                       String staffBadge, String service, String detail) {
}
