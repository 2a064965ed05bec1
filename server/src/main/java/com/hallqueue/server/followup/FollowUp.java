package com.hallqueue.server.followup;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A follow-up case of a 差评: a citizen rated a service 1 (非常不满意) or 2 (不满意). As the
 * national 好差评 rules ask, the citizen is called back (回访) by {@code callBackDueAt}, the
 * close of the next working day, and the matter put right (整改) by {@code dueAt}, the close of
 * the hall on {@code dueDate}, the configured number of working days later (15 is common); the
 * case is closed with a note of what was done. {@code staffBadge} is who served the ticket, when
 * the hall still knew it at the rating. Cases stored before call-backs were recorded have none.
 */
public record FollowUp(long id, String ticketId, String ticketNumber, String service, Integer counter,
                       String staffBadge, int score, Instant openedAt, LocalDate dueDate, Instant dueAt,
                       Instant closedAt, String closedBy, String note, Instant callBackDueAt,
                       Instant calledBackAt, String callBackNote, Instant escalatedAt) {

    /** The call-back is due within this many working days (national 好差评 rule). */
    public static final int CALL_BACK_WORKING_DAYS = 1;

    public FollowUp(long id, String ticketId, String ticketNumber, String service, Integer counter,
                    String staffBadge, int score, Instant openedAt, LocalDate dueDate, Instant dueAt,
                    Instant closedAt, String closedBy, String note) {
        this(id, ticketId, ticketNumber, service, counter, staffBadge, score, openedAt, dueDate, dueAt, closedAt,
                closedBy, note, null, null, null, null);
    }

    /** Ratings at or below this open a case. */
    public static final int OPENS_AT_OR_BELOW = 2;

    public boolean isOpen() {
        return closedAt == null;
    }

    /** Past its deadline while open, or closed after it. */
    public boolean overdue(Instant now) {
        return (isOpen() ? now : closedAt).isAfter(dueAt);
    }

    /** Still waiting for its call-back after the call-back deadline. */
    public boolean callBackOverdue(Instant now) {
        return callBackDueAt != null && (calledBackAt == null ? now : calledBackAt).isAfter(callBackDueAt);
    }

    public FollowUp closed(Instant at, String byBadge, String what) {
        return new FollowUp(id, ticketId, ticketNumber, service, counter, staffBadge, score, openedAt, dueDate,
                dueAt, at, byBadge, what, callBackDueAt, calledBackAt, callBackNote, escalatedAt);
    }

    public FollowUp calledBack(Instant at, String what) {
        return new FollowUp(id, ticketId, ticketNumber, service, counter, staffBadge, score, openedAt, dueDate,
                dueAt, closedAt, closedBy, note, callBackDueAt, at, what, escalatedAt);
    }

    /** Open, a deadline passed, and not yet put before the hall head. */
    public boolean needsEscalation(Instant now) {
        return isOpen() && escalatedAt == null && (overdue(now) || callBackOverdue(now));
    }

    public FollowUp escalated(Instant at) {
        return new FollowUp(id, ticketId, ticketNumber, service, counter, staffBadge, score, openedAt, dueDate,
                dueAt, closedAt, closedBy, note, callBackDueAt, calledBackAt, callBackNote, at);
    }
}
