package com.hallqueue.server.matters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A 一次性告知单: everything the citizen still needs, told at once, with the code they bring
 * back. {@code matterId} is the id of the matter's first ticket; the matter is due (限时办结)
 * by {@code dueAt}, the close of the hall on {@code dueDate}. {@code follows} is the code of
 * the notice this one was issued after, on a return visit, and {@code beyondFirst} what it
 * asks for that the notice it follows did not: a break of 一次性告知 the manager is shown.
 * {@code returnTicketId} is the last return visit issued for it; {@code closedAt} and {@code
 * closedAs} how that visit ended the notice.
 */
public record Notice(String code, String matterId, String ticketId, String ticketNumber, String service,
                     List<String> materials, String note, Instant issuedAt, int counter, String staffBadge,
                     String staffName, Integer firstCounter, LocalDate dueDate, Instant dueAt, String follows,
                     List<String> beyondFirst, String returnTicketId, Instant closedAt, Outcome closedAs) {

    public Notice {
        materials = List.copyOf(materials);
        beyondFirst = beyondFirst == null ? List.of() : List.copyOf(beyondFirst);
    }

    /**
     * A matter whose work goes on after a DONE visit (后台办理), not a 告知单: it asks nothing of
     * the citizen (a NOTICE always lists at least one material) and a manager or counter closes it.
     */
    public boolean afterVisit() {
        return materials.isEmpty();
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    /** Past its due time while open, or closed after it. */
    public boolean overdue(Instant now) {
        return (isOpen() ? now : closedAt).isAfter(dueAt);
    }

    public boolean flagged() {
        return !beyondFirst.isEmpty();
    }

    public Notice redeemedBy(String ticketId) {
        return new Notice(code, matterId, this.ticketId, ticketNumber, service, materials, note, issuedAt, counter,
                staffBadge, staffName, firstCounter, dueDate, dueAt, follows, beyondFirst, ticketId, closedAt,
                closedAs);
    }

    public Notice closed(Instant at, Outcome how) {
        return new Notice(code, matterId, ticketId, ticketNumber, service, materials, note, issuedAt, counter,
                staffBadge, staffName, firstCounter, dueDate, dueAt, follows, beyondFirst, returnTicketId, at, how);
    }
}
