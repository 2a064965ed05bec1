package com.hallqueue.server.appraisal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry of the complaints register (投诉举报, 行风监督卡): received in person, by phone or by
 * letter and written down (作好记录) by a manager or the duty officer; who it is about (a
 * counter, a member of staff, a service), what, the complainant's contact as the hall may keep
 * it (masked), the deadline, who handles it, the outcome and the feedback given to the
 * complainant. Its id is the number of the event that recorded it. {@code escalatedAt}: when the
 * hall's chores put it, open past its deadline, before the hall head (超期升级), once.
 */
public record Complaint(long id, Channel channel, Integer counter, String staffBadge, String service, String what,
                        String contact, LocalDate dueDate, Instant dueAt, String handler, String outcome,
                        String feedback, Instant receivedAt, String recordedBy, Instant closedAt, String closedBy,
                        Instant escalatedAt) {

    public static final int MAX_TEXT = 500;
    public static final int MAX_CONTACT = 40;

    /** How the complaint reached the hall. */
    public enum Channel { IN_PERSON, PHONE, LETTER }

    public boolean isOpen() {
        return closedAt == null;
    }

    /** Past its deadline while open, or closed after it. */
    public boolean overdue(Instant now) {
        return (isOpen() ? now : closedAt).isAfter(dueAt);
    }

    /** Open past its deadline and not yet put before the hall head. */
    public boolean needsEscalation(Instant now) {
        return isOpen() && escalatedAt == null && overdue(now);
    }

    public Complaint withId(long newId) {
        return new Complaint(newId, channel, counter, staffBadge, service, what, contact, dueDate, dueAt, handler,
                outcome, feedback, receivedAt, recordedBy, closedAt, closedBy, escalatedAt);
    }

    public Complaint handled(String newHandler, String newOutcome, String newFeedback) {
        return new Complaint(id, channel, counter, staffBadge, service, what, contact, dueDate, dueAt, newHandler,
                newOutcome, newFeedback, receivedAt, recordedBy, closedAt, closedBy, escalatedAt);
    }

    public Complaint closed(Instant at, String by) {
        return new Complaint(id, channel, counter, staffBadge, service, what, contact, dueDate, dueAt, handler,
                outcome, feedback, receivedAt, recordedBy, at, by, escalatedAt);
    }

    public Complaint escalated(Instant at) {
        return new Complaint(id, channel, counter, staffBadge, service, what, contact, dueDate, dueAt, handler,
                outcome, feedback, receivedAt, recordedBy, closedAt, closedBy, at);
    }
}
