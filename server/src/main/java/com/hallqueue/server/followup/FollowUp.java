package com.hallqueue.server.followup;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A follow-up case (回访): a citizen rated a service 1 (非常不满意) or 2 (不满意), so a
 * manager must look into it by {@code dueAt}, the close of the hall on {@code dueDate}, the
 * configured number of working days later, and close it with a note of what was done.
 * {@code staffBadge} is who served the ticket, when the hall still knew it at the rating.
 */
public record FollowUp(long id, String ticketId, String ticketNumber, String service, Integer counter,
                       String staffBadge, int score, Instant openedAt, LocalDate dueDate, Instant dueAt,
                       Instant closedAt, String closedBy, String note) {

    /** Ratings at or below this open a case. */
    public static final int OPENS_AT_OR_BELOW = 2;

    public boolean isOpen() {
        return closedAt == null;
    }

    /** Past its deadline while open, or closed after it. */
    public boolean overdue(Instant now) {
        return (isOpen() ? now : closedAt).isAfter(dueAt);
    }

    public FollowUp closed(Instant at, String byBadge, String what) {
        return new FollowUp(id, ticketId, ticketNumber, service, counter, staffBadge, score, openedAt, dueDate,
                dueAt, at, byBadge, what);
    }
}
